package enlace.graph.service;

import enlace.graph.Graph;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.Municipality;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.municipality.MunicipalityRepository;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
import java.time.Instant;
import java.util.List;

/** A small directory around Tapachula for the repository tests. */
final class Fixtures {

  static final GeoPoint TAPACHULA = new GeoPoint(14.9056, -92.2636);
  static final String SHELTER = "https://w3id.org/enlace/ns#shelter";
  static final String FAMILY_SHELTER = "https://w3id.org/enlace/ns#shelter-family";
  static final String FOOD = "https://w3id.org/enlace/ns#food";
  static final String TVRH = "https://w3id.org/enlace/ns#doc-tvrh";

  private Fixtures() {}

  static void municipalityAndOrganization(Graph graph) {
    new MunicipalityRepository(graph).upsertAll(List.of(new Municipality(
        new MunicipalityCode("07089"), "Tapachula", "07", "Chiapas", TAPACHULA, 348156L)))
        .toCompletableFuture().join();
    new OrganizationRepository(graph).upsertAll(List.of(new Organization(
        "org-1", "south", "Casa de prueba", "https://w3id.org/enlace/ns#kind-shelter",
        null, null, null, null, Instant.parse("2026-11-01T00:00:00Z"), "test")))
        .toCompletableFuture().join();
  }

  /** A service {@code km} kilometres north of Tapachula's centre. */
  static ListedService serviceNorth(String id, double km, String... categories) {
    var point = new GeoPoint(TAPACHULA.latitude() + km / 111.2, TAPACHULA.longitude());
    var location = new Location("loc-" + id, null, "Calle " + id, "30700", new MunicipalityCode("07089"), point);
    return new ListedService(Service.builder(id).region("south").organization("org-1").name("Servicio " + id)
        .categories(List.of(categories)).locations(List.of(location.id())).build(), List.of(location));
  }
}
