package enlace.broker.note;

import com.fasterxml.jackson.databind.node.ObjectNode;
import enlace.broker.security.Caller;
import enlace.graph.note.FieldNote;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Field notes in the HSDS API as a partner-only extension: each service and organization object gains
 * {@value #PROPERTY} (an extra property, which HSDS 3.1 objects allow) when, and only when, the request carries a
 * partner's token.
 * Public requests and the exports never carry notes.
 */
public final class HsdsNotes {

  public static final String PROPERTY = "enlace_field_notes";

  private final FieldNotes notes;

  public HsdsNotes(FieldNotes notes) {
    this.notes = notes;
  }

  /** True when the answer to this caller carries notes, and so must not be cached for anyone else. */
  public static boolean carriesNotes(Caller caller) {
    return FieldNotes.isPartner(caller);
  }

  /**
   * Adds the visible notes about each HSDS object of a {@code label} (Service or Organization, named by its
   * {@code id}) in one store call.
   */
  public CompletionStage<List<ObjectNode>> addTo(Caller caller, String label, List<ObjectNode> objects) {
    if (!carriesNotes(caller) || objects.isEmpty()) {
      return CompletableFuture.completedFuture(objects);
    }
    var targets = objects.stream().map(o -> label + ":" + o.path("id").asText()).toList();
    return notes.about(caller, targets, false).thenApply(found -> {
      objects.forEach(o -> {
        var array = o.putArray(PROPERTY);
        found.getOrDefault(label + ":" + o.path("id").asText(), List.of()).forEach(n -> write(array.addObject(), n));
      });
      return objects;
    });
  }

  private void write(ObjectNode out, FieldNote note) {
    out.put("id", note.id());
    out.put("text", note.text());
    out.put("organization", note.organization());
    out.put("written_at", note.writtenAt().toString());
    out.put("fresh_since", note.freshSince().toString());
    out.put("freshness", notes.freshness(note).name().toLowerCase(Locale.ROOT));
    out.put("confirmations", note.count(FieldNote.Verdict.Kind.CONFIRM));
    out.put("disputes", note.count(FieldNote.Verdict.Kind.DISPUTE));
    var concepts = out.putArray("concepts");
    note.concepts().forEach(concepts::add);
    note.answer().ifPresent(a -> out.putObject("answer").put("organization", a.organization()).put("text", a.text())
        .put("answered_at", a.at().toString()));
  }
}
