package enlace.broker.federation;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * How a node federates: the public base URL it announces, its peers, how long one peer and the whole
 * federated search may take, and when a peer's circuit opens (after {@code breakerFailures} failures in a
 * row) and for how long it stays open. The node's signing key lives in {@code keyDir} (by default the
 * embedded store's data directory). matchServices asks peers for proposals within {@code proposalRadiusKm}.
 * A peer's answer larger than {@code maxAnswerBytes} is cut off.
 */
public record FederationSettings(
    Optional<URI> publicUrl,
    List<Peer> peers,
    Duration peerTimeout,
    Duration deadline,
    int breakerFailures,
    Duration breakerReset,
    Duration jwksCacheTtl,
    Optional<Path> keyDir,
    double proposalRadiusKm,
    long maxAnswerBytes) {

  /** How far peers look for matchServices' proposals: Tapachula to Mexico City is about 1,000 km by air. */
  public static final double PROPOSAL_RADIUS_KM = 2_000;

  /** A full page of 100 results with every field the origin shows is about 200 KB. */
  public static final long MAX_ANSWER_BYTES = 1L << 20;

  public static final FederationSettings NONE = new FederationSettings(Optional.empty(), List.of(),
      Duration.ofMillis(800), Duration.ofMillis(1500), 3, Duration.ofSeconds(30), Duration.ofMinutes(5), Optional.empty(),
      PROPOSAL_RADIUS_KM, MAX_ANSWER_BYTES);

  public FederationSettings {
    peers = List.copyOf(peers);
    var ids = new HashSet<String>();
    for (var peer : peers) {
      if (!ids.add(peer.id())) {
        throw new IllegalArgumentException("federation.peers: the peer " + peer.id() + " is named twice");
      }
    }
    if (!peerTimeout.isPositive() || !deadline.isPositive() || peerTimeout.compareTo(deadline) > 0) {
      throw new IllegalArgumentException("federation: need 0 < peerTimeoutMs <= deadlineMs, got "
          + peerTimeout.toMillis() + " and " + deadline.toMillis());
    }
    if (breakerFailures < 1 || !breakerReset.isPositive()) {
      throw new IllegalArgumentException("federation: breakerFailures must be >= 1 and breakerResetMs > 0");
    }
    if (!(proposalRadiusKm > 0)) {
      throw new IllegalArgumentException("federation: proposalRadiusKm must be greater than 0");
    }
    if (maxAnswerBytes < 1024) {
      throw new IllegalArgumentException("federation: maxAnswerKb must be at least 1");
    }
  }

  public FederationSettings withPeers(List<Peer> value) {
    return new FederationSettings(publicUrl, value, peerTimeout, deadline, breakerFailures, breakerReset,
        jwksCacheTtl, keyDir, proposalRadiusKm, maxAnswerBytes);
  }

  public FederationSettings withTimeouts(Duration peer, Duration overall) {
    return new FederationSettings(publicUrl, peers, peer, overall, breakerFailures, breakerReset, jwksCacheTtl,
        keyDir, proposalRadiusKm, maxAnswerBytes);
  }

  public FederationSettings withBreaker(int failures, Duration reset) {
    return new FederationSettings(publicUrl, peers, peerTimeout, deadline, failures, reset, jwksCacheTtl, keyDir,
        proposalRadiusKm, maxAnswerBytes);
  }

  public FederationSettings withPublicUrl(URI value) {
    return new FederationSettings(Optional.of(value), peers, peerTimeout, deadline, breakerFailures, breakerReset,
        jwksCacheTtl, keyDir, proposalRadiusKm, maxAnswerBytes);
  }
}
