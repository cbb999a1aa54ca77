package enlace.broker.outcome;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
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
 * Employers of their own for each outcome test, in Ensenada (02001, region north), where no other test refers
 * anyone to an employer, with a DAM that sends people to them.
 */
record Employers(String dam, List<String> employers) {

  static final String ENSENADA = "02001";
  private static final String NS = "https://w3id.org/enlace/ns#";

  static Employers create(int count) {
    TestNode.node();
    var run = UUID.randomUUID().toString().substring(0, 8);
    var employers = java.util.stream.IntStream.range(0, count).mapToObj(i -> "t-emp-" + run + "-" + i).toList();
    var dam = "t-emp-dam-" + run;
    var organizations = new java.util.ArrayList<Organization>();
    organizations.add(new Organization(dam, "mx", "DAM " + dam, NS + "kind-dam", null, null, null, null, null, "test"));
    employers.forEach(e -> organizations.add(new Organization(e, "mx", "Empresa " + e, NS + "kind-employer", null, null,
        null, null, null, "test")));
    var graph = TestGraph.graph();
    new OrganizationRepository(graph).upsertAll(organizations).toCompletableFuture().join();
    new ServiceRepository(graph).upsertAll(employers.stream().map(Employers::recruitment).toList())
        .toCompletableFuture().join();
    return new Employers(dam, employers);
  }

  private static ListedService recruitment(String employer) {
    var location = new Location(employer + "-loc", "Planta", "Calle 2", "22800", new MunicipalityCode(ENSENADA),
        new GeoPoint(31.87, -116.60));
    var service = Service.builder(employer + "-svc").region("mx").organization(employer).name("Reclutamiento " + employer)
        .categories(List.of(NS + "employment", NS + "employment-vacancy")).acceptedDocuments(List.of(NS + "doc-tvrh"))
        .locations(List.of(location.id())).build();
    return new ListedService(service, List.of(location));
  }

  static String service(String employer) {
    return new GlobalId("Service", "mx", employer + "-svc").encode();
  }

  String sender() {
    return TestNode.token(dam, null, Scope.REFERRAL_WRITE, Scope.REFERRAL_READ);
  }

  static String employer(String employer) {
    return TestNode.token(employer, null, Scope.REFERRAL_WRITE, Scope.REFERRAL_READ);
  }

  /** A referral of a TVRH holder from the DAM to the employer's recruitment; returns its id. */
  String refer(String employer) {
    var need = new JsonObject().put("categories", new JsonArray().add("enl:employment-vacancy"))
        .put("documents", new JsonArray().add("enl:doc-tvrh")).put("municipality", ENSENADA).put("radiusKm", 20);
    var input = new JsonObject().put("need", need).put("serviceId", service(employer))
        .put("clientReference", "ENS-" + UUID.randomUUID().toString().substring(0, 8))
        .put("consent", new JsonObject().put("purpose", "referral to employment").put("noticeVersion", "aviso-2026-01")
            .put("recordedAt", Instant.now().toString()).put("recordedBy", "oficial-7")
            .put("organizations", new JsonArray().add(employer)));
    return Api.data(TestNode.graphql(sender(), "mutation($input: ReferralInput!) { createReferral(input: $input) { id } }",
        new JsonObject().put("input", input))).getJsonObject("createReferral").getString("id");
  }

  static JsonObject record(String token, String referral, String outcome) {
    return TestNode.graphql(token, """
        mutation($id: ID!, $outcome: EmploymentOutcome!, $consent: OutcomeConsentInput!) {
          recordEmploymentOutcome(referralId: $id, outcome: $outcome, consent: $consent) { outcome recordedBy month } }
        """, new JsonObject().put("id", referral).put("outcome", outcome).put("consent", new JsonObject()
        .put("recordedAt", Instant.now().toString()).put("recordedBy", "oficial-7").put("noticeVersion", "aviso-2026-01")));
  }

  static String coordinator(String region) {
    return TestNode.token(null, region, Scope.COORDINATOR);
  }
}
