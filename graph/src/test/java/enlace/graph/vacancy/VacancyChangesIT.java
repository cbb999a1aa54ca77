package enlace.graph.vacancy;

import static enlace.graph.audit.AuditChecks.intactEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.Change;
import enlace.graph.GraphException;
import enlace.graph.TestGraph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.Municipality;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.municipality.MunicipalityRepository;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VacancyChangesIT {

  private static final Instant POSTED = Instant.parse("2026-11-01T00:00:00Z");

  private final VacancyChanges changes = new VacancyChanges(TestGraph.graph());
  private final VacancyRepository vacancies = new VacancyRepository(TestGraph.graph());
  private final AuditEntry entry = new AuditEntry("officer", "console", "emp-1", "postVacancy", "Vacancy:v1",
      List.of("title"));

  @BeforeEach
  void twoEmployersInTapachula() {
    TestGraph.clean();
    var graph = TestGraph.graph();
    join(new MunicipalityRepository(graph).upsertAll(List.of(new Municipality(new MunicipalityCode("07089"),
        "Tapachula", "07", "Chiapas", new GeoPoint(14.9056, -92.2636), null))));
    join(new OrganizationRepository(graph).upsertAll(List.of(employer("emp-1"), employer("emp-2"))));
  }

  private static Organization employer(String id) {
    return new Organization(id, "south", "Empresa " + id, "https://w3id.org/enlace/ns#kind-employer", null, null,
        null, null, null, "test");
  }

  private static Vacancy job(String id, String organization, String title, Instant posted, String municipality) {
    return new Vacancy(id, "south", organization, title, null, null, null, 3, null, List.of(),
        new MunicipalityCode(municipality), posted, null, null);
  }

  private static <T> T join(CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }

  private Vacancy stored(String id) {
    return join(vacancies.byIds(List.of(id))).get(id);
  }

  @Test
  void shouldPostAndRepostKeepingTheFirstPostingTime() {
    assertInstanceOf(Change.Done.class, join(changes.post(job("v1", "emp-1", "Cocinero", POSTED, "07089"), "emp-1",
        POSTED, entry)));
    join(changes.post(job("v1", "emp-1", "Cocinera/o", Instant.now(), "07089"), "emp-1", Instant.now(), entry));
    assertEquals("Cocinera/o", stored("v1").title());
    assertEquals(POSTED, stored("v1").postedAt());
    assertEquals(List.of("v1"), join(vacancies.byOrganizations(List.of("emp-1"))).get("emp-1").stream()
        .map(Vacancy::id).toList());
    assertEquals(2, intactEvents());
  }

  @Test
  void shouldCloseNowAndKeepTheVacancyForHistory() {
    join(changes.post(job("v1", "emp-1", "Cocinero", POSTED, "07089"), "emp-1", POSTED, entry));
    var closedAt = Instant.parse("2026-11-20T12:00:00Z");
    var result = join(changes.close("v1", "emp-1", closedAt, entry));
    assertEquals(closedAt, ((Vacancy) assertInstanceOf(Change.Done.class, result).value()).expiresAt());
    join(changes.close("v1", "emp-1", closedAt.plusSeconds(3600), entry));
    assertEquals(closedAt, stored("v1").expiresAt(), "closing again does not move the end");
    assertEquals(3, intactEvents());
  }

  @Test
  void shouldRefuseAnotherEmployerAndChangeNothing() {
    join(changes.post(job("v1", "emp-1", "Cocinero", POSTED, "07089"), "emp-1", POSTED, entry));
    assertEquals(new Change.NotOwned<>("v1"), join(changes.close("v1", "emp-2", Instant.now(), entry)));
    assertEquals(new Change.NotOwned<>("v1"),
        join(changes.post(job("v1", "emp-2", "Otro", POSTED, "07089"), "emp-2", POSTED, entry)));
    assertEquals("Cocinero", stored("v1").title());
    assertEquals(null, stored("v1").expiresAt());
    assertEquals(1, intactEvents());
  }

  @Test
  void shouldSayWhenTheVacancyDoesNotExist() {
    assertEquals(new Change.NotFound<>("nope"), join(changes.close("nope", "emp-1", Instant.now(), entry)));
  }

  @Test
  void shouldRollBackAVacancyInAMunicipalityThatDoesNotExist() {
    var error = assertThrows(CompletionException.class, () -> join(changes.post(
        job("v2", "emp-1", "Chofer", POSTED, "02001"), "emp-1", POSTED, entry)));
    assertInstanceOf(GraphException.Invalid.class, error.getCause());
    assertTrue(join(vacancies.byIds(List.of("v2"))).isEmpty());
    assertEquals(0, intactEvents());
  }
}
