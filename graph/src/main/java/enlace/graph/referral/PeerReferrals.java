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

  public MessageHandler moved() {
    return (tx, peer, payload) -> transitions.applyFromPeer(tx, codec.move(peer, payload))
        .thenAccept(moved -> moved.ifPresent(m -> recorded.accept(payload, m.event())));
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
