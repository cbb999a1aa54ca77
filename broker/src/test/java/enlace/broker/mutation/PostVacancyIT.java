package enlace.broker.mutation;

import static enlace.broker.mutation.Offices.ENSENADA;
import static enlace.broker.mutation.Offices.UPSERT_ORGANIZATION;
import static enlace.broker.mutation.Offices.call;
import static enlace.broker.mutation.Offices.unique;
import static enlace.broker.mutation.Offices.writer;
import static enlace.graph.audit.AuditChecks.intactEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import enlace.broker.graphql.Api;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** postVacancy: an employer posts its own vacancies, which its organization then shows. */
class PostVacancyIT {

  static final String POST = """
      mutation($input: VacancyInput!) { postVacancy(input: $input) {
        id localId title positions acceptedDocuments postedAt expiresAt municipality { code } } }
      """;

  static JsonObject vacancyInput(String id) {
    return new JsonObject().put("id", id).put("title", "Cocinera/o").put("positions", 2)
        .put("acceptedDocuments", new JsonArray().add("enl:doc-tvrh")).put("municipalityCode", ENSENADA);
  }

  /** An employer written through the API. */
  static String employer() {
    var organization = unique("emp");
    Api.data(call(writer(organization), UPSERT_ORGANIZATION,
        Offices.organizationInput(organization).put("kind", "enl:kind-employer")));
    return organization;
  }

  static List<JsonObject> vacanciesOf(String organization) {
    var id = new GlobalId("Organization", "mx", organization).encode();
    return Api.data(TestNode.graphql("query($id: ID!) { organization(id: $id) { vacancies { localId expiresAt } } }",
            new JsonObject().put("id", id))).getJsonObject("organization").getJsonArray("vacancies").stream()
        .map(JsonObject.class::cast).toList();
  }

  @Test
  void shouldPostAVacancyThatItsOrganizationShows() {
    var employer = employer();
    var vacancy = unique("vac");
    long before = intactEvents();
    var posted = Api.data(call(writer(employer), POST, vacancyInput(vacancy))).getJsonObject("postVacancy");
    assertEquals(before + 1, intactEvents());
    assertEquals(List.of("https://w3id.org/enlace/ns#doc-tvrh"), posted.getJsonArray("acceptedDocuments").getList());
    assertNull(posted.getString("expiresAt"));
    assertTrue(vacanciesOf(employer).stream().anyMatch(v -> v.getString("localId").equals(vacancy)));
  }

  @Test
  void shouldRefuseAnExpiryInThePastAndAMunicipalityThatDoesNotExist() {
    var employer = employer();
    var vacancy = unique("vac");
    var body = call(writer(employer), POST, vacancyInput(vacancy).put("municipalityCode", "02099")
        .put("expiresAt", Instant.now().minusSeconds(60).toString()));
    assertEquals(List.of("input.expiresAt", "input.municipalityCode"), Offices.arguments(body), body::encodePrettily);
    assertTrue(vacanciesOf(employer).isEmpty());
  }

  @Test
  void shouldRefuseReplacingAnotherEmployersVacancy() {
    var vacancy = unique("vac");
    Api.data(call(writer(employer()), POST, vacancyInput(vacancy)));
    var body = call(writer(employer()), POST, vacancyInput(vacancy).put("title", "Ajena"));
    assertEquals("FORBIDDEN", Api.errorCode(body), body::encodePrettily);
  }
}
