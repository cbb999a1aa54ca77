package enlace.graph.provenance;

import java.util.List;

/** What one batch did, record by record counted; {@code refused} names records the caller may not write. */
public record BatchResult(int created, int updated, int unchanged, int merged, List<Refusal> refused) {

  public BatchResult {
    refused = List.copyOf(refused);
  }

  /** A record left out, and why. */
  public record Refusal(String key, String reason) {}
}
