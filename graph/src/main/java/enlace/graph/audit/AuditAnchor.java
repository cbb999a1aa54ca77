package enlace.graph.audit;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A point of the audit chain kept outside the node — an event's number and hash, written {@code SEQ:HASH} —
 * so that a later check proves the chain still holds that event: a log shortened or rewritten and
 * re-hashed from there on no longer does.
 */
public record AuditAnchor(long sequence, String hash) {

  /** The head of a chain that has no event yet. */
  public static final AuditAnchor EMPTY = new AuditAnchor(0, "");

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public AuditAnchor {
    Objects.requireNonNull(hash, "hash");
    if (sequence < 0 || sequence == 0 != hash.isEmpty() || sequence > 0 && !HEX.matcher(hash).matches()) {
      throw new IllegalArgumentException("an anchor is SEQ:HASH, an event number and its 64-digit SHA-256 hash");
    }
  }

  /** Reads {@code SEQ:HASH} as {@code enlace audit anchor} prints it. */
  public static AuditAnchor parse(String text) {
    var parts = text.strip().split(":", 2);
    try {
      if (parts.length == 2) {
        return new AuditAnchor(Long.parseLong(parts[0]), parts[1].toLowerCase(Locale.ROOT));
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException("'" + text + "' is not an anchor: expected SEQ:HASH as printed by"
        + " 'enlace audit anchor', e.g. 42:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }

  @Override
  public String toString() {
    return sequence + ":" + hash;
  }
}
