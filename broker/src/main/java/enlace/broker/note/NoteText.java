package enlace.broker.note;

import enlace.broker.directory.InvalidArgument;
import java.util.List;

/** Free text that other organizations will read (a note, an answer, a coordinator's reason): never a person's data. */
public final class NoteText {

  static final int MIN_LENGTH = 3;

  private NoteText() {}

  /** The text stripped; a problem is added when it is too short or long, or looks like a person's data. */
  public static String check(String text, String argument, int maxLength, List<InvalidArgument> problems) {
    var clean = text == null ? "" : text.strip();
    if (clean.length() < MIN_LENGTH || clean.length() > maxLength) {
      problems.add(new InvalidArgument(argument, MIN_LENGTH + "-" + maxLength + " caracteres / characters, got "
          + clean.length()));
      return clean;
    }
    var found = PersonalData.find(clean);
    if (!found.isEmpty()) {
      problems.add(new InvalidArgument(argument, PersonalData.explain(found)));
    }
    return clean;
  }
}
