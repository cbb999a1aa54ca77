package enlace.broker.referral;

import enlace.broker.TestNode;
import enlace.graph.TestGraph;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
import enlace.graph.service.Capacity;
import enlace.graph.service.ListedService;
import enlace.graph.service.Location;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceRepository;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Offices of their own for each referral test, in Ensenada (02001), where no other test looks: a DAM that
 * sends, and two family shelters a little apart, the nearer one with a single free bed.
 */
public record Ensenada(String dam, String nearShelterOrg, String nearShelter, String farShelterOrg, String farShelter) {

  static final String ENSENADA = "02001";
  private static final String NS = "https://w3id.org/enlace/ns#";

  public static Ensenada create() {
    TestNode.node();
    var run = UUID.randomUUID().toString().substring(0, 8);
    var offices = new Ensenada("t-ens-dam-" + run, "t-ens-near-" + run, "t-ens-near-svc-" + run,
        "t-ens-far-" + run, "t-ens-far-svc-" + run);
    var graph = TestGraph.graph();
    var organizations = List.of(offices.dam, offices.nearShelterOrg, offices.farShelterOrg).stream()
        .map(id -> new Organization(id, "mx", "Oficina " + id, NS + "kind-shelter", null, null, null, null, null,
            "test"))
        .toList();
    new OrganizationRepository(graph).upsertAll(organizations).toCompletableFuture().join();
    new ServiceRepository(graph).upsertAll(List.of(
        shelter(offices.nearShelter, offices.nearShelterOrg, 31.8667, -116.5964, 1),
        shelter(offices.farShelter, offices.farShelterOrg, 31.8900, -116.6200, 5))).toCompletableFuture().join();
    return offices;
  }

  private static ListedService shelter(String id, String organization, double latitude, double longitude, int free) {
    var location = new Location(id + "-loc", "Sede", "Calle 1", "22800", new MunicipalityCode(ENSENADA),
        new GeoPoint(latitude, longitude));
    var service = Service.builder(id).region("mx").organization(organization).name("Albergue " + id)
        .categories(List.of(NS + "shelter", NS + "shelter-family")).audience(List.of("family", "adult-women"))
        .capacity(new Capacity(10, free, "bed-night", Instant.now())).locations(List.of(location.id())).build();
    return new ListedService(service, List.of(location));
  }

  static JsonObject need() {
    return new JsonObject().put("categories", new JsonArray().add("enl:shelter-family"))
        .put("documents", new JsonArray().add("enl:doc-tvrh")).put("municipality", ENSENADA).put("radiusKm", 20)
        .put("household", new JsonObject().put("adults", 1).put("children", 1));
  }

  /**
   * A referral from this DAM to one of its shelters; returns its id. The consent names this test's two
   * shelters only, so that shelters other tests left in Ensenada are never chosen.
   */
  public String refer(String service) {
    var input = Referrals.input(need(), service);
    input.getJsonObject("consent").put("organizations", new JsonArray().add(nearShelterOrg).add(farShelterOrg));
    return Referrals.create(Referrals.sender(dam), input).getString("id");
  }

  long capacity(String service) {
    return new ServiceRepository(TestGraph.graph()).byId(service).toCompletableFuture().join().orElseThrow()
        .capacity().available();
  }
}
