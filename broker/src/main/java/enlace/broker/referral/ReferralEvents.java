package enlace.broker.referral;

import enlace.graph.referral.ReferralEvent;
import enlace.graph.referral.ReferralStatus;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Referral events on the Vert.x event bus, published once their transaction has committed. An event
 * names the referral, the move and the two organizations; nothing about the person.
 */
public final class ReferralEvents {

  static final String ADDRESS = "enlace.referral.events";

  private final Vertx vertx;

  public ReferralEvents(Vertx vertx) {
    this.vertx = vertx;
  }

  public void publish(ReferralEvent event) {
    vertx.eventBus().publish(ADDRESS, toJson(event));
  }

  /** Calls {@code listener} with each event from now on; unregister the consumer to stop. */
  public MessageConsumer<JsonObject> listen(Consumer<ReferralEvent> listener) {
    return vertx.eventBus().<JsonObject>consumer(ADDRESS, message -> listener.accept(fromJson(message.body())));
  }

  static JsonObject toJson(ReferralEvent e) {
    return new JsonObject()
        .put("referral", e.referralId())
        .put("region", e.region())
        .put("sequence", e.sequence())
        .put("from", e.from() == null ? null : e.from().code())
        .put("to", e.to().code())
        .put("organization", e.organization())
        .put("at", e.at().toString())
        .put("reason", e.reason())
        .put("sender", e.senderOrganization())
        .put("receiver", e.receiverOrganization());
  }

  static ReferralEvent fromJson(JsonObject json) {
    var from = json.getString("from");
    return new ReferralEvent(json.getString("referral"), json.getString("region"), json.getLong("sequence"),
        from == null ? null : ReferralStatus.ofCode(from), ReferralStatus.ofCode(json.getString("to")), "",
        json.getString("organization"), Instant.parse(json.getString("at")), json.getString("reason"), null,
        json.getString("sender"), json.getString("receiver"));
  }
}
