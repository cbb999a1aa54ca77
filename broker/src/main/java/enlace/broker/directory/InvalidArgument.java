package enlace.broker.directory;

import java.util.List;
import java.util.Map;

/**
 * A caller's argument the node cannot use; the message says what would be accepted, in Spanish and English,
 * with the values the caller may have meant ({@code suggestions}: value, code and label of each).
 */
public final class InvalidArgument extends RuntimeException {

  private final String argument;
  private final String spanish;
  private final List<Map<String, Object>> suggestions;

  public InvalidArgument(String argument, String message) {
    this(argument, message, message, List.of());
  }

  public InvalidArgument(String argument, String spanish, String english, List<Map<String, Object>> suggestions) {
    super(argument + ": " + english);
    this.argument = argument;
    this.spanish = argument + ": " + spanish;
    this.suggestions = List.copyOf(suggestions);
  }

  public String argument() {
    return argument;
  }

  /** The message in {@code lang} (English for "en", Spanish otherwise). */
  public String message(String lang) {
    return "en".equals(lang) ? getMessage() : spanish;
  }

  public List<Map<String, Object>> suggestions() {
    return suggestions;
  }
}
