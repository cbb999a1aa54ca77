package enlace.graph.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.TestGraph;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogIT {

  private final AuditLog log = new AuditLog(TestGraph.graph());

  @BeforeEach
  void cleanStore() {
    TestGraph.clean();
  }

  private static AuditEntry entry(int i) {
    return new AuditEntry("officer-" + i, "console", "demo-org-tap-dam", "updateCapacity", "Service:s" + i,
        List.of("capacityAvailable"));
  }

  @Test
  void shouldNumberConcurrentAppendsWithoutGapsAndVerify() {
    var appends = IntStream.range(0, 40)
        .mapToObj(i -> log.append(entry(i), Instant.now()).toCompletableFuture())
        .toArray(CompletableFuture[]::new);
    CompletableFuture.allOf(appends).join();
    var check = log.verify().toCompletableFuture().join();
    assertTrue(check.isIntact(), check.reason());
    assertEquals(40, check.events());
  }

  @Test
  void shouldDetectAnAlteredEvent() {
    for (int i = 0; i < 5; i++) {
      log.append(entry(i), Instant.now()).toCompletableFuture().join();
    }
    TestGraph.graph().execute("MATCH (e:AuditEvent {sequence: 3}) SET e.actor = 'somebody-else'", Map.of());
    var check = log.verify().toCompletableFuture().join();
    assertFalse(check.isIntact());
    assertEquals(3L, check.brokenAt().orElseThrow());
  }

  @Test
  void shouldDetectADeletedEvent() {
    for (int i = 0; i < 5; i++) {
      log.append(entry(i), Instant.now()).toCompletableFuture().join();
    }
    TestGraph.graph().execute("MATCH (e:AuditEvent {sequence: 5}) DELETE e", Map.of());
    assertFalse(log.verify().toCompletableFuture().join().isIntact());
  }

  @Test
  void shouldVerifyAnEmptyLog() {
    assertTrue(log.verify().toCompletableFuture().join().isIntact());
  }
}
