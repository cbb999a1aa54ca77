package enlace.graph.audit;

import java.util.Optional;

/** The outcome of walking the audit chain: how many events, and the first one that breaks it. */
public record ChainCheck(long events, Optional<Long> brokenAt, String reason) {

  public static ChainCheck intact(long events) {
    return new ChainCheck(events, Optional.empty(), "");
  }

  public static ChainCheck broken(long events, long sequence, String reason) {
    return new ChainCheck(events, Optional.of(sequence), reason);
  }

  public boolean isIntact() {
    return brokenAt.isEmpty();
  }
}
