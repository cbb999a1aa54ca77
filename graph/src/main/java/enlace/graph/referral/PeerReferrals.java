package enlace.graph.referral;

import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.outbox.MessageHandler;
import enlace.graph.outbox.MessageRefused;
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
   * A move of a referral this node holds, from the peer on its other side (the receiving region's node for a
   * referral sent from here, the sending region's for one received); only the receiving side names the
   * receiver. A move from any other peer is refused. A move that overtook its referral's own arrival (both
   * were due in one delivery pass) fails, so that the peer sends it again, unless it closes the referral: then
   * the arrival, should it still come, is dropped. One for a referral this node declined is dropped.
   */
  public MessageHandler moved() {
    return (tx, peer, payload) -> {
      var move = codec.move(peer, payload);
      return arrived(tx, peer, move.referralId()).thenCompose(held -> switch (held.state()) {
        case "held" -> {
          if (!held.counterpart(node).equals(peer)) {
            throw new MessageRefused("referral " + move.referralId() + " is not shared with node " + peer);
          }
          yield transitions.applyFromPeer(tx, held.sentFrom(node) ? move : move.withoutReceiver())
              .thenAccept(moved -> moved.ifPresent(m -> recorded.accept(payload, m.event())));
        }
        case "declined" -> CompletableFuture.<Void>completedFuture(null);
        default -> move.to().isOpen()
            ? CompletableFuture.<Void>failedFuture(new IllegalStateException("referral " + move.referralId()
                + " has not arrived yet; its move waits"))
            : Outbox.firstReceipt(tx, creationReceipt(peer, move.referralId()), peer, clock.instant())
                .thenApply(first -> {
                  if (!first) {
                    // The arrival committed while this move was being read: fail, so the peer sends the move
                    // again and it closes the referral that is now held here.
                    throw new IllegalStateException("referral " + move.referralId() + " arrived meanwhile; its"
                        + " move waits");
                  }
                  return (Void) null;
                });
      });
    };
  }

  /** The receipt of the message that brings referral {@code referralId} from {@code peer}. */
  private static String creationReceipt(String peer, String referralId) {
    return peer + ":" + CREATED + ":" + referralId;
  }

  /** Where a referral stands on this node: held (with its regions), declined on arrival, or unseen. */
  private record Held(String state, String region, String serviceRegion) {

    /** True when the referral was sent from this node, to a service of another region. */
    boolean sentFrom(String node) {
      return node.equals(region);
    }

    /** The node on the referral's other side: the only peer that may move it here. */
    String counterpart(String node) {
      return sentFrom(node) ? serviceRegion : region;
    }
  }

  /** Whether this node holds the referral, declined it on arrival, or has not seen it (receipts: peer:message id). */
  private static CompletionStage<Held> arrived(AsyncTransactionContext tx, String peer, String referralId) {
    return tx.runAsync("""
            OPTIONAL MATCH (r:Referral {id: $id})
            OPTIONAL MATCH (m:ReceivedMessage {id: $receipt})
            RETURN CASE WHEN r IS NOT NULL THEN 'held' WHEN m IS NOT NULL THEN 'declined' ELSE 'unseen' END AS state,
                   r.region AS region, r.serviceRegion AS serviceRegion
            """, java.util.Map.of("id", referralId, "receipt", creationReceipt(peer, referralId)))
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> new Held(r.get("state").asString(), r.get("region").asString(null),
            r.get("serviceRegion").asString(null)));
  }

  /** A new referral, from the node of the region it was sent from; one that names another region is refused. */
  private CompletionStage<Void> received(AsyncTransactionContext tx, String peer, String payload) {
    var arrival = codec.arrival(payload);
    if (!peer.equals(arrival.region())) {
      throw new MessageRefused("referral " + arrival.referralId() + " was sent from region " + arrival.region()
          + ", not from node " + peer);
    }
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
