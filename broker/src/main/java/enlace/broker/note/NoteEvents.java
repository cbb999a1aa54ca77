package enlace.broker.note;

import enlace.broker.directory.GlobalId;
import enlace.broker.referral.Webhooks;
import enlace.graph.note.FieldNote;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What happens to field notes, on the event bus once its transaction has committed, and to the webhook of the
 * organization it concerns: the owner hears of notes written, confirmed and disputed about it; the author of
 * its note being answered or hidden. An event names the note, its target and the organizations; never its text.
 */
public final class NoteEvents {

  static final String ADDRESS = "enlace.note.events";

  /** One event: its type ({@code note.written}, …), the organization it is for, and the note's ids. */
  public record Event(String type, String recipient, String note, String target, String organization, Instant at) {

    public JsonObject toJson() {
      return new JsonObject().put("type", type).put("recipient", recipient).put("id", note).put("target", target)
          .put("organization", organization).put("at", at.toString());
    }

    static Event fromJson(JsonObject json) {
      return new Event(json.getString("type"), json.getString("recipient"), json.getString("id"),
          json.getString("target"), json.getString("organization"), Instant.parse(json.getString("at")));
    }
  }

  private final Vertx vertx;
  private final Optional<Webhooks> webhooks;

  public NoteEvents(Vertx vertx, Optional<Webhooks> webhooks) {
    this.vertx = vertx;
    this.webhooks = webhooks;
  }

  /** Tells {@code recipient} (by subscription and webhook) that {@code type} happened to the note. */
  void publish(String type, String recipient, FieldNote note, String actingOrganization, Instant at) {
    var event = new Event(type, recipient, new GlobalId("FieldNote", note.region(), note.id()).encode(),
        targetId(note), actingOrganization, at);
    vertx.eventBus().publish(ADDRESS, event.toJson());
    webhooks.ifPresent(w -> w.send(recipient, event.toJson()));
  }

  /** Calls {@code listener} with each event from now on; unregister the consumer to stop. */
  public MessageConsumer<JsonObject> listen(Consumer<Event> listener) {
    return vertx.eventBus().<JsonObject>consumer(ADDRESS, message -> listener.accept(Event.fromJson(message.body())));
  }

  static String targetId(FieldNote note) {
    var type = note.target().kind() == FieldNote.Target.Kind.SERVICE ? "Service" : "Organization";
    return new GlobalId(type, note.region(), note.target().id()).encode();
  }
}
