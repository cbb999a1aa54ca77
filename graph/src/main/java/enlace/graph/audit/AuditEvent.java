package enlace.graph.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** An entry as the log keeps it: numbered, timed, and chained to the one before by its hash. */
public record AuditEvent(long sequence, Instant at, AuditEntry entry, String previousHash, String hash) {

  /** The hash an event must carry given its content and its predecessor's hash. */
  public static String hashOf(long sequence, Instant at, AuditEntry entry, String previousHash) {
    var canonical = String.join("\u001f", Long.toString(sequence), at.toString(), entry.actor(), entry.client(),
        entry.organization(), entry.action(), entry.target(), String.join("\u001e", entry.fields()), previousHash);
    try {
      var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  public boolean isIntact() {
    return hash.equals(hashOf(sequence, at, entry, previousHash));
  }
}
