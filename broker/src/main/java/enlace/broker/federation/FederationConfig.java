package enlace.broker.federation;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code "federation"} object of a node's config file: {@code publicUrl}, {@code peers} ({id, baseUrl,
 * states}), {@code peerTimeoutMs}, {@code deadlineMs}, {@code breakerFailures}, {@code breakerResetMs},
 * {@code jwksCacheSeconds}, {@code proposalRadiusKm}, {@code maxAnswerKb}; {@code ENLACE_PUBLIC_URL} overrides the public URL.
 */
public final class FederationConfig {

  private FederationConfig() {}

  public static FederationSettings parse(JsonObject json, Path dataDir, Map<String, String> env) {
    var defaults = FederationSettings.NONE;
    var publicUrl = Optional.ofNullable(env.getOrDefault("ENLACE_PUBLIC_URL", json.getString("publicUrl")))
        .filter(s -> !s.isBlank()).map(URI::create);
    try {
      return new FederationSettings(publicUrl, peers(json),
          Duration.ofMillis(json.getLong("peerTimeoutMs", defaults.peerTimeout().toMillis())),
          Duration.ofMillis(json.getLong("deadlineMs", defaults.deadline().toMillis())),
          json.getInteger("breakerFailures", defaults.breakerFailures()),
          Duration.ofMillis(json.getLong("breakerResetMs", defaults.breakerReset().toMillis())),
          Duration.ofSeconds(json.getLong("jwksCacheSeconds", defaults.jwksCacheTtl().toSeconds())),
          Optional.of(dataDir),
          json.getDouble("proposalRadiusKm", defaults.proposalRadiusKm()),
          json.getLong("maxAnswerKb", defaults.maxAnswerBytes() / 1024) * 1024);
    } catch (ClassCastException e) {
      throw new IllegalArgumentException("federation: the timeouts and counts must be numbers");
    }
  }

  private static java.util.List<Peer> peers(JsonObject json) {
    var list = json.getValue("peers", new JsonArray());
    if (!(list instanceof JsonArray array)) {
      throw new IllegalArgumentException("federation.peers must be a list of {id, baseUrl, states}");
    }
    var peers = new ArrayList<Peer>();
    for (int i = 0; i < array.size(); i++) {
      try {
        var peer = array.getJsonObject(i);
        var states = peer.getJsonArray("states", new JsonArray());
        if (!states.stream().allMatch(String.class::isInstance)) {
          throw new IllegalArgumentException("states must be a list of two-digit state codes");
        }
        if (peer.getString("baseUrl") == null) {
          throw new IllegalArgumentException("baseUrl is missing");
        }
        peers.add(Peer.of(peer.getString("id"), peer.getString("baseUrl"),
            states.stream().map(String.class::cast).toList()));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("federation.peers[" + i + "]: " + e.getMessage());
      }
    }
    return peers;
  }
}
