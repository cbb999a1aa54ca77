package enlace.connectors.imports;

import enlace.graph.audit.AuditEntry;
import java.util.Optional;

/**
 * How to import: under which source name and home region, whether to only count (dry run), whether to
 * import the valid records of a file that has invalid ones, whose records the caller may write (empty:
 * anybody's), the audit entry of each batch, and how many records one transaction writes.
 */
public record ImportOptions(String source, String region, boolean dryRun, boolean skipInvalid, Optional<String> owner,
    AuditEntry entry, int batchSize) {

  public static final int BATCH_SIZE = 1000;

  public ImportOptions {
    if (source == null || !source.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")) {
      throw new IllegalArgumentException("source must be 1-64 letters, digits and . _ : -, got: " + source);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
  }
}
