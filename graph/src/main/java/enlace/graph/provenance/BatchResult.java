package enlace.graph.provenance;

import java.util.List;

/**
 * What one batch did, record by record counted; {@code refused} names records the caller may not write, and
 * {@code decisions} says what was (or, in a dry run, would be) done with each record.
 */
public record BatchResult(int created, int updated, int unchanged, int merged, List<Refusal> refused,
    List<Decision> decisions) {

  public BatchResult {
    refused = List.copyOf(refused);
    decisions = List.copyOf(decisions);
  }

  /** What became of one record: CREATE, UPDATE, UNCHANGED, MERGE (into {@code target}) or REFUSE. */
  public record Decision(String key, String outcome, String target, String targetName) {}

  /** A record left out, and why; {@code location} names the place of it that was refused, if that was the reason. */
  public record Refusal(String key, String reason, String location) {

    public Refusal(String key, String reason) {
      this(key, reason, null);
    }
  }
}
