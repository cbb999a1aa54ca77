package enlace.graph.note;

import enlace.graph.Ids;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A note as a partner writes it: checked already for length and personal data by whoever takes the input. */
public record NewNote(String id, String region, FieldNote.Target target, String organization, String text,
    List<String> concepts, Instant at) {

  public NewNote {
    Ids.require(id, "note id");
    Ids.require(region, "note region");
    Objects.requireNonNull(target, "target");
    Ids.require(organization, "organization");
    if (text == null || text.isBlank() || text.length() > FieldNote.MAX_LENGTH) {
      throw new IllegalArgumentException("text: 1-" + FieldNote.MAX_LENGTH + " characters");
    }
    concepts = List.copyOf(concepts);
    Objects.requireNonNull(at, "at");
  }
}
