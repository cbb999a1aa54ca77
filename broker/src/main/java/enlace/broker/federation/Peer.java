package enlace.broker.federation;

import enlace.broker.security.Audience;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A node this one federates with, as the config names it: its id (the {@code iss} of its tokens and the
 * {@code aud} of ours), where it answers, and the states (two-digit INEGI codes) it covers.
 */
public record Peer(String id, URI baseUrl, Set<String> states) {

  public Peer {
    Audience.ofNode(id);
    Objects.requireNonNull(baseUrl, "peer " + id + " needs a baseUrl");
    if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
      throw new IllegalArgumentException("peer " + id + ": baseUrl must be an http(s) URL, got " + baseUrl);
    }
    states = Set.copyOf(states);
    for (var state : states) {
      if (!state.matches("\\d{2}")) {
        throw new IllegalArgumentException("peer " + id + ": states are two-digit INEGI codes, got " + state);
      }
    }
  }

  public static Peer of(String id, String baseUrl, List<String> states) {
    return new Peer(id, URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl),
        Set.copyOf(states));
  }

  public URI graphql() {
    return URI.create(baseUrl + "/graphql");
  }

  public URI jwks() {
    return URI.create(baseUrl + "/.well-known/jwks.json");
  }

  public URI description() {
    return URI.create(baseUrl + NodeDescription.PATH);
  }

  /** True when the peer covers one of the states, or when they are unknown (empty). */
  public boolean meets(Set<String> area) {
    return area.isEmpty() || area.stream().anyMatch(states::contains);
  }
}
