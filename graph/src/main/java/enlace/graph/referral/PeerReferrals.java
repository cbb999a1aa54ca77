package enlace.graph.referral;

import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.outbox.MessageHandler;
import enlace.graph.outbox.Outbox;
import enlace.graph.outbox.PeerMessage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * The handlers of referral messages from other regions, each run in the transaction that records the
 * message: a new referral goes into the inbox of its service's organization once (the referral id is unique)
 * and is acknowledged, or is declined; a move the other side made is applied to this node's copy. The
 * caller reads and writes the messages ({@link Codec}) and learns of each event written ({@code recorded},
 * keyed by the message's payload) to publish it once the transaction commits.
 */
public final class PeerReferrals {

  /** The kind of the message that brings a new referral; its id is this, a colon and the referral's id. */
  public static final String CREATED = "referral.created";
  /** The kind of the message that tells of a move; its id names the referral, the node and the event. */
  public static final String STATUS = "referral.status";

  /** How the messages read and are written. */
  public interface Codec {
    Arrival arrival(String payload);

    PeerMove move(String peer, String payload);

    /** The message telling {@code peer} of {@code event}; {@code receiver} when this node is the receiving one. */
    PeerMessage status(String peer, ReferralEvent event, String receiver, boolean consentWithdrawn);
  }

  /**
   * A referral from another region: its service here, its consent, the referral as stored once the service's
   * organization is known, and its contact (opened only when the consent shares it).
   */
  public record Arrival(String referralId, String region, String sender, String serviceId, Consent consent,
      Function<String, Referral> sentTo, Supplier<Optional<Contact>> contact) {}

  private final ReferralRepository repository;
  private final ReferralTransitions transitions;
  private final String node;
  private final Codec codec;
  private final BiConsumer<String, ReferralEvent> recorded;
  private final Clock clock;

  public PeerReferrals(Graph graph, String node, Codec codec, BiConsumer<String, ReferralEvent> recorded,
      Clock clock) {
    this.repository = new ReferralRepository(graph);
    this.transitions = new ReferralTransitions(graph);
    this.node = node;
    this.codec = codec;
    this.recorded = recorded;
    this.clock = clock;
  }

  public MessageHandler created() {
    return this::received;
  }

  /**
   * A move of a referral this node holds. A move that overtook its referral's own arrival (both were due in
   * one delivery pass) fails, so that the peer sends it again; one for a referral this node declined is dropped.
   */
  public MessageHandler moved() {
    return (tx, peer, payload) -> {
      var move = codec.move(peer, payload);
      return arrived(tx, peer, move.referralId()).thenCompose(state -> switch (state) {
        case "held" -> transitions.applyFromPeer(tx, move)
            .thenAccept(moved -> moved.ifPresent(m -> recorded.accept(payload, m.event())));
        case "declined" -> CompletableFuture.<Void>completedFuture(null);
        default -> CompletableFuture.<Void>failedFuture(new IllegalStateException("referral " + move.referralId()
            + " has not arrived yet; its move waits"));
      });
    };
  }

  /** Whether this node holds the referral, declined it on arrival, or has not seen it (receipts: peer:message id). */
  private static CompletionStage<String> arrived(AsyncTransactionContext tx, String peer, String referralId) {
    return tx.runAsync("""
            OPTIONAL MATCH (r:Referral {id: $id})
            OPTIONAL MATCH (m:ReceivedMessage {id: $receipt})
            RETURN CASE WHEN r IS NOT NULL THEN 'held' WHEN m IS NOT NULL THEN 'declined' ELSE 'unseen' END AS state
            """, java.util.Map.of("id", referralId, "receipt", peer + ":" + CREATED + ":" + referralId))
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> r.get("state").asString());
  }

  private CompletionStage<Void> received(AsyncTransactionContext tx, String peer, String payload) {
    var arrival = codec.arrival(payload);
    return ReferralRepository.serviceOrganization(tx, arrival.serviceId()).thenCompose(organization -> {
      if (organization.isEmpty() || !arrival.consent().allows(organization.get())) {
        return decline(tx, peer, arrival, organization.orElse(null), organization.isEmpty()
            ? "no such service on this node" : "the consent does not name the service's organization");
      }
      var referral = arrival.sentTo().apply(organization.get());
      var contact = arrival.consent().shares(Consent.ReferralField.CONTACT) ? arrival.contact().get()
          : Optional.<Contact>empty();
      var entry = new AuditEntry("node:" + peer, peer, organization.get(), "receiveReferral",
          "Referral:" + referral.id(), List.of("referral", "consent", "contact"));
      return repository.receive(tx, referral, contact, entry).thenCompose(event -> event
          .map(e -> {
            recorded.accept(payload, e);
            return Outbox.append(tx, codec.status(peer, e, organization.get(), false));
          })
          .orElseGet(() -> CompletableFuture.completedFuture(null)));
    });
  }

  private CompletionStage<Void> decline(AsyncTransactionContext tx, String peer, Arrival arrival, String organization,
      String why) {
    var decline = new ReferralEvent(arrival.referralId(), arrival.region(), 1, ReferralStatus.REQUESTED,
        ReferralStatus.REJECTED, "node:" + node, organization == null ? "" : organization, clock.instant(),
        RejectReason.NOT_ELIGIBLE.name(), why, arrival.sender(), organization == null ? "" : organization);
    return Outbox.append(tx, codec.status(peer, decline, organization, false));
  }
}
