package enlace.graph.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.TestGraph;

/** The audit chain of the test store as tests look at it. */
public final class AuditChecks {

  private AuditChecks() {}

  /** How many events the chain holds, after checking that it holds together. */
  public static long intactEvents() {
    var check = new AuditLog(TestGraph.graph()).verify().toCompletableFuture().join();
    assertTrue(check.isIntact(), check.reason());
    return check.events();
  }
}
