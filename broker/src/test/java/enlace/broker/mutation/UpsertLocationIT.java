package enlace.broker.mutation;

import static enlace.broker.mutation.Offices.LATITUDE;
import static enlace.broker.mutation.Offices.LONGITUDE;
import static enlace.broker.mutation.Offices.UPSERT_LOCATION;
import static enlace.broker.mutation.Offices.UPSERT_SERVICE;
import static enlace.broker.mutation.Offices.arguments;
import static enlace.broker.mutation.Offices.call;
import static enlace.broker.mutation.Offices.foundNear;
import static enlace.broker.mutation.Offices.locationInput;
import static enlace.broker.mutation.Offices.unique;
import static enlace.broker.mutation.Offices.writer;
import static enlace.graph.audit.AuditChecks.intactEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.graphql.Api;
import enlace.graph.TestGraph;
import enlace.graph.service.Location;
import enlace.graph.service.ServiceRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

/** upsertLocation: an office keeps the places it delivers services at. */
class UpsertLocationIT {

  private static final ServiceRepository SERVICES = new ServiceRepository(TestGraph.graph());

  private static Location stored(String locationId) {
    return SERVICES.locationsByIds(List.of(locationId)).toCompletableFuture().join().get(locationId);
  }

  @Test
  void shouldReturnThePlaceAsWritten() {
    var organization = unique("org");
    var location = unique("loc");
    var written = Api.data(call(writer(organization), UPSERT_LOCATION, locationInput(location, LATITUDE, LONGITUDE)))
        .getJsonObject("upsertLocation");
    assertEquals(location, written.getString("id"));
    assertEquals("22800", written.getString("postalCode"));
    assertEquals("Ensenada", written.getJsonObject("municipality").getString("name"));
    assertFalse(written.getBoolean("approximate"));
  }

  @Test
  void shouldRefuseAMunicipalityThatDoesNotExistAndWriteNothing() {
    var location = unique("loc");
    long before = intactEvents();
    var body = call(writer(unique("org")), UPSERT_LOCATION,
        locationInput(location, LATITUDE, LONGITUDE).put("municipalityCode", "02099"));
    Api.assertBadUserInput(body, "input.municipalityCode");
    assertEquals(null, stored(location));
    assertEquals(before, intactEvents());
  }

  @Test
  void shouldNameEveryFieldOutOfRange() {
    var body = call(writer(unique("org")), UPSERT_LOCATION,
        locationInput(unique("loc"), 91, -181).put("postalCode", "228"));
    assertEquals(List.of("input.postalCode", "input.latitude", "input.longitude"), arguments(body),
        body::encodePrettily);
  }

  @Test
  void shouldListTheServicesOfAPlaceThatMovedWhereItIsNow() {
    var organization = unique("org");
    var location = Offices.organizationWithPlace(organization);
    var service = unique("svc");
    Api.data(call(writer(organization), UPSERT_SERVICE, Offices.serviceInput(service, location, "enl:shelter")));
    double north = LATITUDE + 0.3;
    Api.data(call(writer(organization), UPSERT_LOCATION, locationInput(location, north, LONGITUDE)));
    assertFalse(foundNear(LATITUDE, LONGITUDE, "enl:shelter").contains(service));
    assertTrue(foundNear(north, LONGITUDE, "enl:shelter").contains(service));
  }

  @Test
  void shouldRefuseAnotherOrganizationsPlaceAndLeaveItAsItWas() {
    var location = Offices.organizationWithPlace(unique("org"));
    long before = intactEvents();
    var body = call(writer(unique("org")), UPSERT_LOCATION, locationInput(location, 0, 0));
    assertEquals("FORBIDDEN", Api.errorCode(body), body::encodePrettily);
    assertEquals(LATITUDE, stored(location).point().latitude(), 1e-9);
    assertEquals(before, intactEvents());
  }
}
