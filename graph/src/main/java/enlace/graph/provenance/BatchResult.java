package enlace.graph.provenance;

import java.util.List;

/** What one batch did, record by record counted; {@code refused} names records the caller may not write. */
public record BatchResult(int created, int updated, int unchanged, int merged, List<Refusal> refused) {

  public BatchResult {
    refused = List.copyOf(refused);
  }

  /** A record left out, and why; {@code location} names the place of it that was refused, if that was the reason. */
  public record Refusal(String key, String reason, String location) {

    public Refusal(String key, String reason) {
      this(key, reason, null);
    }
  }
}
