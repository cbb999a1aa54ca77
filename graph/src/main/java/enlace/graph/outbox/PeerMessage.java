package enlace.graph.outbox;

import enlace.graph.Ids;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to a peer node, kept in the outbox until the peer has taken it: its id (the receiver
 * de-duplicates by it), the peer, what kind of message it is, its payload as the sender wrote it, how
 * delivery has gone so far, and the referral it is about, if any (its payload is erased with the person's
 * data).
 */
public record PeerMessage(
    String id,
    String peer,
    String kind,
    String payload,
    Instant createdAt,
    int attempts,
    Instant nextAttemptAt,
    Optional<String> lastError,
    Optional<String> referral) {

  public PeerMessage {
    Ids.require(id, "message id");
    Ids.require(peer, "message " + id + " peer");
    Ids.require(kind, "message " + id + " kind");
    Objects.requireNonNull(payload, "message " + id + " payload");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(referral, "referral");
  }

  /** A new message, due at once. */
  public static PeerMessage due(String id, String peer, String kind, String payload, Optional<String> referral,
      Instant now) {
    return new PeerMessage(id, peer, kind, payload, now, 0, now, Optional.empty(), referral);
  }
}
