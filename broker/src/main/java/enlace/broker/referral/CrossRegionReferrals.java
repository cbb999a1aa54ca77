package enlace.broker.referral;

import enlace.broker.directory.InvalidArgument;
import enlace.broker.federation.Federation;
import enlace.broker.federation.Peer;
import enlace.broker.federation.delivery.PeerMessages;
import enlace.broker.security.NodeKey;
import enlace.broker.security.PeerEncryption;
import enlace.graph.Graph;
import enlace.graph.outbox.PeerMessage;
import enlace.graph.referral.Consent.ReferralField;
import enlace.graph.referral.Contact;
import enlace.graph.referral.Moved;
import enlace.graph.referral.PeerMove;
import enlace.graph.referral.PeerReferrals;
import enlace.graph.referral.Referral;
import enlace.graph.referral.ReferralEvent;
import enlace.graph.referral.ReferralTransitions;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Referrals between regions, through the outbox: the sender's node appends {@value #CREATED} in the
 * transaction that writes the referral; the receiving node writes it once (by referral id) into the service's
 * organization's inbox; each move either side makes travels as {@value #STATUS} (one message per event) to the
 * other. A region's node id is its region. The receiving node owns the service, so capacity changes there.
 */
public final class CrossRegionReferrals {

  public static final String CREATED = PeerReferrals.CREATED;
  public static final String STATUS = PeerReferrals.STATUS;

  private final String region;
  private final Set<String> peers;
  private final PeerMessages messages;
  private final NodeKey key;
  private final ReferralEvents events;
  private final Clock clock;
  private final Map<String, ReferralEvent> toPublish = new ConcurrentHashMap<>();

  public CrossRegionReferrals(Graph graph, String region, Set<String> peers, PeerMessages messages, NodeKey key,
      ReferralEvents events, Clock clock) {
    this.region = region;
    this.peers = Set.copyOf(peers);
    this.messages = messages;
    this.key = key;
    this.events = events;
    this.clock = clock;
    var handlers = new PeerReferrals(graph, region, new Codec(), toPublish::put, clock);
    messages.on(CREATED, handlers.created());
    messages.on(STATUS, handlers.moved());
    messages.onCommitted(CREATED, this::publish);
    messages.onCommitted(STATUS, this::publish);
  }

  /** Referrals to and from the federation's peers, when this node has peers. */
  public static Optional<CrossRegionReferrals> of(Graph graph, String region, Optional<Federation> federation,
      ReferralEvents events, Clock clock) {
    return federation.filter(f -> !f.settings().peers().isEmpty()).flatMap(f -> f.messages().map(messages ->
        new CrossRegionReferrals(graph, region, f.settings().peers().stream().map(Peer::id).collect(
            java.util.stream.Collectors.toSet()), messages, f.key(), events, clock)));
  }

  /** The peer node that holds services of {@code serviceRegion}; refuses a region no peer serves. */
  String peerFor(String serviceRegion, String argument) {
    if (!peers.contains(serviceRegion)) {
      throw new InvalidArgument(argument, "no peer node serves region " + serviceRegion);
    }
    return serviceRegion;
  }

  /**
   * The contact sealed to the receiving node's key, when the consent shares it; empty otherwise. Fails when the
   * peer's key is not known yet and cannot be fetched (the peer was never reached and is down).
   */
  Future<Optional<String>> sealContact(String peer, Referral referral, Contact contact) {
    if (contact == null || contact.isEmpty() || !referral.consent().shares(ReferralField.CONTACT)) {
      return Future.succeededFuture(Optional.empty());
    }
    return messages.encryptionKey(peer)
        .recover(e -> Future.failedFuture(new InvalidArgument("input.contact", "the node of region " + peer
            + " has not been reached yet, so the contact cannot be sealed for it; send the referral without"
            + " contact or try again later")))
        .map(k -> Optional.of(PeerEncryption.encrypt(ReferralWire.contact(contact).encode(), k)));
  }

  /** The new referral's message for its receiving node, appended in the referral's own transaction. */
  PeerMessage created(Referral referral, Optional<String> sealedContact) {
    var payload = ReferralWire.created(referral, sealedContact.orElse(null)).encode();
    return message(CREATED + ":" + referral.id(), referral.serviceRegion(), CREATED, payload, referral.id());
  }

  /** The message telling the other region of a move made here (see {@link ReferralTransitions.Relay}). */
  public Optional<PeerMessage> relay(Moved moved, boolean consentWithdrawn) {
    var r = moved.referral();
    boolean receiving = !r.region().equals(region);
    var peer = receiving ? r.region() : r.serviceRegion();
    if (peer.equals(region)) {
      return Optional.empty();
    }
    return Optional.of(status(peer, moved.event(), receiving ? r.receiverOrganization() : null, consentWithdrawn));
  }

  private PeerMessage status(String peer, ReferralEvent event, String receiver, boolean consentWithdrawn) {
    var payload = ReferralWire.status(event, receiver, consentWithdrawn).encode();
    var id = STATUS + ":" + event.referralId() + ":" + region + ":" + event.sequence();
    return message(id, peer, STATUS, payload, event.referralId());
  }

  private final class Codec implements PeerReferrals.Codec {

    @Override
    public PeerReferrals.Arrival arrival(String payload) {
      var json = new JsonObject(payload);
      var sealed = json.getString("contact");
      return new PeerReferrals.Arrival(json.getString("id"), json.getString("region"), json.getString("sender"),
          json.getString("service"), ReferralWire.consent(json.getJsonObject("consent")),
          receiver -> ReferralWire.referral(json, receiver),
          () -> sealed == null ? Optional.empty() : Optional.of(contact(new JsonObject(key.decrypt(sealed)))));
    }

    @Override
    public PeerMove move(String peer, String payload) {
      return ReferralWire.move(peer, new JsonObject(payload));
    }

    @Override
    public PeerMessage status(String peer, ReferralEvent event, String receiver, boolean consentWithdrawn) {
      return CrossRegionReferrals.this.status(peer, event, receiver, consentWithdrawn);
    }
  }

  private void publish(String payload) {
    var event = toPublish.remove(payload);
    if (event != null) {
      events.publish(event);
    }
  }

  private PeerMessage message(String id, String peer, String kind, String payload, String referral) {
    return PeerMessage.due(id, peer, kind, payload, Optional.of(referral), clock.instant());
  }

  private static Contact contact(JsonObject json) {
    return new Contact(json.getString("phone"), json.getString("note"));
  }
}
