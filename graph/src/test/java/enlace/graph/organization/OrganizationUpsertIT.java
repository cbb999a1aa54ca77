package enlace.graph.organization;

import static enlace.graph.audit.AuditChecks.intactEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.Change;
import enlace.graph.TestGraph;
import enlace.graph.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationUpsertIT {

  private static final String SHELTER = "https://w3id.org/enlace/ns#kind-shelter";
  private static final Instant VERIFIED = Instant.parse("2026-11-01T00:00:00Z");

  private final OrganizationRepository organizations = new OrganizationRepository(TestGraph.graph());
  private final AuditEntry entry = new AuditEntry("officer", "console", "org-1", "upsertOrganization",
      "Organization:org-1", List.of("name"));

  @BeforeEach
  void cleanStore() {
    TestGraph.clean();
  }

  private static <T> T join(CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }

  private static Organization named(String id, String name, String email) {
    return new Organization(id, "mx", name, SHELTER, null, null, email, null, null, "api");
  }

  @Test
  void shouldCreateItsOwnOrganization() {
    var result = join(organizations.upsert(named("org-1", "Casa", "casa@example.org"), "org-1", Instant.now(), entry));
    assertEquals("Casa", ((Organization) assertInstanceOf(Change.Done.class, result).value()).name());
    assertEquals("api", join(organizations.byId("org-1")).orElseThrow().source());
    assertEquals(1, intactEvents());
  }

  @Test
  void shouldReplaceFieldsButKeepRegionSourceAndVerification() {
    join(organizations.upsertAll(List.of(new Organization("org-1", "south", "Casa", SHELTER, null, null,
        "casa@example.org", null, VERIFIED, "import"))));
    join(organizations.upsert(named("org-1", "Casa del Migrante", null), "org-1", Instant.now(), entry));
    var stored = join(organizations.byId("org-1")).orElseThrow();
    assertEquals("Casa del Migrante", stored.name());
    assertNull(stored.email(), "a field left out is cleared");
    assertEquals("south", stored.region());
    assertEquals("import", stored.source());
    assertEquals(VERIFIED, stored.verifiedAt());
  }

  @Test
  void shouldRefuseAnyOtherOrganizationAndWriteNothing() {
    var result = join(organizations.upsert(named("org-2", "Ajena", null), "org-1", Instant.now(), entry));
    assertEquals(new Change.NotOwned<>("org-2"), result);
    assertTrue(join(organizations.byId("org-2")).isEmpty());
    assertEquals(0, intactEvents());
  }
}
