package enlace.broker.mutation;

import static enlace.broker.mutation.Offices.LATITUDE;
import static enlace.broker.mutation.Offices.LONGITUDE;
import static enlace.broker.mutation.Offices.UPSERT_LOCATION;
import static enlace.broker.mutation.Offices.UPSERT_ORGANIZATION;
import static enlace.broker.mutation.Offices.UPSERT_SERVICE;
import static enlace.broker.mutation.Offices.arguments;
import static enlace.broker.mutation.Offices.call;
import static enlace.broker.mutation.Offices.foundNear;
import static enlace.broker.mutation.Offices.serviceInput;
import static enlace.broker.mutation.Offices.unique;
import static enlace.broker.mutation.Offices.writer;
import static enlace.graph.audit.AuditChecks.intactEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import enlace.graph.service.ServiceRepository;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** upsertService: an office files its own services, found by search as soon as they are written. */
class UpsertServiceIT {

  private static final String SHELTER = "https://w3id.org/enlace/ns#shelter";
  private static final ServiceRepository SERVICES = new ServiceRepository(TestGraph.graph());

  private static boolean stored(String serviceId) {
    return SERVICES.byId(serviceId).toCompletableFuture().join().isPresent();
  }

  @Test
  void shouldCreateAnOrganizationAPlaceAndAServiceThatSearchFinds() {
    var organization = unique("org");
    var token = writer(organization);
    long before = intactEvents();
    Api.data(call(token, UPSERT_ORGANIZATION, Offices.organizationInput(organization)));
    assertEquals(before + 1, intactEvents());
    var location = unique("loc");
    Api.data(call(token, UPSERT_LOCATION, Offices.locationInput(location, LATITUDE, LONGITUDE)));
    assertEquals(before + 2, intactEvents());
    var service = unique("svc");
    var written = Api.data(call(token, UPSERT_SERVICE, serviceInput(service, location, "enl:shelter-family")))
        .getJsonObject("upsertService");
    assertEquals(before + 3, intactEvents());
    assertEquals(service, written.getString("localId"));
    assertEquals("America/Tijuana", written.getString("timezone"), "the zone of the location's municipality");
    assertEquals(organization, written.getJsonObject("organization").getString("localId"));
    assertEquals("https://w3id.org/enlace/ns#doc-tvrh",
        written.getJsonArray("acceptedDocuments").getJsonObject(0).getString("iri"));
    assertFalse(written.getJsonObject("capacity").getBoolean("stale"));
    assertTrue(foundNear(LATITUDE, LONGITUDE, "enl:shelter").contains(service), "a family shelter is a shelter");
  }

  @Test
  void shouldFindAnUpdatedServiceByItsNewCategoryOnly() {
    var organization = unique("org");
    var location = Offices.organizationWithPlace(organization);
    var service = unique("svc");
    var id = Api.data(call(writer(organization), UPSERT_SERVICE, serviceInput(service, location, "enl:shelter")))
        .getJsonObject("upsertService").getString("id");
    long before = intactEvents();
    var updated = Api.data(call(writer(organization), UPSERT_SERVICE,
        serviceInput(id, location, "enl:food").put("name", "Comedor"))).getJsonObject("upsertService");
    assertEquals(before + 1, intactEvents());
    assertEquals(service, updated.getString("localId"), "the global id addresses the same service");
    assertEquals("Comedor", updated.getString("name"));
    assertTrue(foundNear(LATITUDE, LONGITUDE, "enl:food").contains(service));
    assertFalse(foundNear(LATITUDE, LONGITUDE, "enl:shelter").contains(service));
  }

  @Test
  void shouldRefuseAnotherOrganizationAndLeaveTheServiceAsItWas() {
    var organization = unique("org");
    var location = Offices.organizationWithPlace(organization);
    var service = unique("svc");
    Api.data(call(writer(organization), UPSERT_SERVICE, serviceInput(service, location, "enl:shelter")));
    long before = intactEvents();
    var other = unique("org");
    var body = call(writer(other), UPSERT_SERVICE, serviceInput(service, location, "enl:food").put("name", "Ajeno"));
    assertEquals("FORBIDDEN", Api.errorCode(body), body::encodePrettily);
    var stored = SERVICES.byId(service).toCompletableFuture().join().orElseThrow();
    assertEquals("Albergue " + service, stored.name());
    assertEquals(organization, stored.organizationId());
    assertEquals(List.of(SHELTER), stored.categories());
    assertEquals(before, intactEvents());
  }

  @Test
  void shouldRefuseAPlaceWhereAnotherOrganizationDeliversItsServices() {
    var organization = unique("org");
    var location = Offices.organizationWithPlace(organization);
    Api.data(call(writer(organization), UPSERT_SERVICE, serviceInput(unique("svc"), location, "enl:shelter")));
    var other = unique("org");
    Offices.organizationWithPlace(other);
    var intruder = unique("svc");
    var body = call(writer(other), UPSERT_SERVICE, serviceInput(intruder, location, "enl:food"));
    assertEquals("FORBIDDEN", Api.errorCode(body), body::encodePrettily);
    assertFalse(stored(intruder));
  }

  @Test
  void shouldNameTheUnknownCategoryAndWriteNothing() {
    var organization = unique("org");
    var location = Offices.organizationWithPlace(organization);
    long before = intactEvents();
    var service = unique("svc");
    var body = call(writer(organization), UPSERT_SERVICE, serviceInput(service, location, "enl:no-such-category"));
    Api.assertBadUserInput(body, "input.categories[0]");
    assertFalse(stored(service));
    assertEquals(before, intactEvents());
  }

  @Test
  void shouldReportEveryProblemOfTheInputAtOnce() {
    var organization = unique("org");
    var location = Offices.organizationWithPlace(organization);
    var service = unique("svc");
    var input = serviceInput(service, location, "enl:shelter", "enl:no-such-category")
        .put("languages", new JsonArray().add("es").add("not a language"))
        .put("capacity", new JsonObject().put("total", 5).put("available", 8))
        .put("locationIds", new JsonArray().add(location).add("no-such-place"));
    var body = call(writer(organization), UPSERT_SERVICE, input);
    assertEquals(Set.of("input.categories[1]", "input.languages[1]", "input.capacity.available",
        "input.locationIds[1]"), Set.copyOf(arguments(body)), body::encodePrettily);
    assertEquals(4, arguments(body).size(), body::encodePrettily);
    assertFalse(stored(service));
  }

  @Test
  void shouldReportAMissingNameAsTheShapesDo() {
    var organization = unique("org");
    var location = Offices.organizationWithPlace(organization);
    var service = unique("svc");
    var input = serviceInput(service, location, "enl:shelter");
    input.remove("name");
    var body = call(writer(organization), UPSERT_SERVICE, input);
    Api.assertBadUserInput(body, "input.name");
    assertTrue(body.getJsonArray("errors").getJsonObject(0).getString("message")
        .contains("Service name (enl:name) is missing"), body::encodePrettily);
    assertFalse(stored(service));
  }

  @Test
  void shouldNeedATokenThatWritesForAnOrganization() {
    var input = new JsonObject().put("input", serviceInput(unique("svc"), "anywhere", "enl:shelter"));
    assertEquals("UNAUTHENTICATED", Api.errorCode(TestNode.graphql(UPSERT_SERVICE, input)));
    assertEquals("FORBIDDEN", Api.errorCode(TestNode.graphql(TestNode.token(null, null,
        Scope.DIRECTORY_WRITE), UPSERT_SERVICE, input)));
  }
}
