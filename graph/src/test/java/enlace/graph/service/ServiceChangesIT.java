package enlace.graph.service;

import static enlace.graph.service.Fixtures.FOOD;
import static enlace.graph.service.Fixtures.serviceNorth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.Change;
import enlace.graph.GraphException;
import enlace.graph.TestGraph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceChangesIT {

  private final ServiceChanges changes = new ServiceChanges(TestGraph.graph());
  private final ServiceRepository services = new ServiceRepository(TestGraph.graph());
  private final AuditEntry entry = new AuditEntry("officer", "console", "org-1", "updateCapacity", "Service:s1",
      List.of("capacity"));

  @BeforeEach
  void oneShelter() {
    TestGraph.clean();
    Fixtures.municipalityAndOrganization(TestGraph.graph());
    var listed = serviceNorth("s1", 1, FOOD);
    var s = listed.service();
    services.upsertAll(List.of(new ListedService(Service.builder("s1").region("south").organization("org-1")
        .name(s.name()).categories(s.categories()).locations(s.locationIds())
        .capacity(new Capacity(20, 5, "bed-night", Instant.parse("2026-11-01T00:00:00Z"))).build(),
        listed.locations()))).toCompletableFuture().join();
  }

  @Test
  void shouldUpdateCapacityAndRecordWhoDidIt() {
    var at = Instant.parse("2026-11-29T03:00:00Z");
    var result = changes.updateCapacity("s1", 2, Optional.empty(), Optional.of("org-1"), at, entry)
        .toCompletableFuture().join();
    var service = assertInstanceOf(Change.Done.class, result);
    assertEquals(2, ((Service) service.value()).capacity().available());
    assertEquals(at, ((Service) service.value()).capacity().updatedAt());
    assertTrue(new AuditLog(TestGraph.graph()).verify().toCompletableFuture().join().events() == 1);
  }

  @Test
  void shouldRefuseAnotherOrganizationAndChangeNothing() {
    var result = changes.updateCapacity("s1", 0, Optional.empty(), Optional.of("org-2"), Instant.now(), entry)
        .toCompletableFuture().join();
    assertInstanceOf(Change.NotOwned.class, result);
    assertEquals(5, services.byId("s1").toCompletableFuture().join().orElseThrow().capacity().available());
    assertEquals(0, new AuditLog(TestGraph.graph()).verify().toCompletableFuture().join().events());
  }

  @Test
  void shouldSayWhenTheServiceDoesNotExist() {
    assertInstanceOf(Change.NotFound.class, changes.markVerified("nope", "officer", Optional.empty(), Instant.now(),
        entry).toCompletableFuture().join());
  }

  @Test
  void shouldRollBackWhenAvailableWouldExceedTotal() {
    var error = assertThrows(CompletionException.class, () -> changes.updateCapacity("s1", 25, Optional.empty(),
        Optional.of("org-1"), Instant.now(), entry).toCompletableFuture().join());
    assertInstanceOf(GraphException.Invalid.class, error.getCause());
    assertEquals(5, services.byId("s1").toCompletableFuture().join().orElseThrow().capacity().available());
    assertEquals(0, new AuditLog(TestGraph.graph()).verify().toCompletableFuture().join().events());
  }

  @Test
  void shouldReplaceOpeningHoursAndRetire() {
    var hours = List.of(OpeningHours.of(DayOfWeek.MONDAY, "08:00", "14:00"));
    changes.setOpeningHours("s1", hours, Optional.empty(), Optional.of("org-1"), Instant.now(), entry)
        .toCompletableFuture().join();
    assertEquals(hours, services.byId("s1").toCompletableFuture().join().orElseThrow().hours());
    changes.retire("s1", Optional.of("org-1"), Instant.now(), entry).toCompletableFuture().join();
    assertEquals(ServiceStatus.RETIRED, services.byId("s1").toCompletableFuture().join().orElseThrow().status());
  }
}
