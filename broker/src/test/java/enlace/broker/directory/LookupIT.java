package enlace.broker.directory;

import static enlace.broker.graphql.Api.data;
import static enlace.broker.graphql.Api.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Lookups by code and by id: municipality, municipalities, regions, node, organization, service. */
class LookupIT {

  private static final String AGRO_RECRUITMENT = "demo-svc-tap-agro-reclutamiento";

  private static JsonObject variables(String id) {
    return new JsonObject().put("id", id);
  }

  /** The global id of a service of the Tapachula cluster, as a search returns it. */
  private static String serviceId(String localId) {
    return query("{ searchServices(municipality: \"07089\", first: 50) { edges { node { id localId } } } }")
        .getJsonObject("searchServices").getJsonArray("edges").stream()
        .map(e -> ((JsonObject) e).getJsonObject("node"))
        .filter(n -> n.getString("localId").equals(localId)).findFirst().orElseThrow().getString("id");
  }

  /** The agro employer's recruitment service as a search near Tapachula finds it. */
  private static JsonObject agroRecruitment() {
    var edges = query("""
        { searchServices(municipality: "07089", categories: ["enl:employment-vacancy"], first: 50) {
            edges { node { id localId organization { id localId } } } } }
        """).getJsonObject("searchServices").getJsonArray("edges");
    return edges.stream().map(e -> ((JsonObject) e).getJsonObject("node"))
        .filter(n -> n.getString("localId").equals(AGRO_RECRUITMENT)).findFirst().orElseThrow();
  }

  @Test
  void shouldFindMunicipalityByCode() {
    var tapachula = query("""
        { municipality(code: "07089") { code name stateCode stateName centroid { latitude longitude }
            region { id } } }
        """).getJsonObject("municipality");
    assertEquals("Tapachula", tapachula.getString("name"));
    assertEquals("07", tapachula.getString("stateCode"));
    assertEquals("Chiapas", tapachula.getString("stateName"));
    assertEquals("south", tapachula.getJsonObject("region").getString("id"));
    assertEquals(14.9, tapachula.getJsonObject("centroid").getDouble("latitude"), 0.05);
    assertEquals(-92.26, tapachula.getJsonObject("centroid").getDouble("longitude"), 0.05);
  }

  @Test
  void shouldAnswerNullForMunicipalityThatDoesNotExist() {
    assertNull(query("{ municipality(code: \"07999\") { name } }").getValue("municipality"));
  }

  @Test
  void shouldListTheSixteenAlcaldiasOfMexicoCity() {
    var all = query("{ municipalities(stateCode: \"09\", first: 50) { totalCount edges { node { code } } } }")
        .getJsonObject("municipalities");
    assertEquals(16, all.getInteger("totalCount"));
    assertEquals(16, all.getJsonArray("edges").size());
  }

  @Test
  void shouldPageThroughMunicipalitiesInCodeOrder() {
    var codes = new ArrayList<String>();
    String after = null;
    for (int page = 0; page < 4; page++) {
      var connection = data(TestNode.graphql("""
          query($after: String) { municipalities(stateCode: "09", first: 5, after: $after) {
              totalCount edges { node { code stateName } } pageInfo { hasNextPage hasPreviousPage endCursor } } }
          """, new JsonObject().put("after", after))).getJsonObject("municipalities");
      var pageInfo = connection.getJsonObject("pageInfo");
      assertEquals(16, connection.getInteger("totalCount"));
      assertEquals(page < 3, pageInfo.getBoolean("hasNextPage"));
      assertEquals(page > 0, pageInfo.getBoolean("hasPreviousPage"));
      connection.getJsonArray("edges").forEach(e -> codes.add(((JsonObject) e).getJsonObject("node").getString("code")));
      after = pageInfo.getString("endCursor");
    }
    assertEquals(16, codes.size());
    assertEquals(codes.stream().sorted().distinct().toList(), codes);
    assertTrue(codes.stream().allMatch(c -> c.startsWith("09")), codes::toString);
  }

  @Test
  void shouldRoundTripServiceAndOrganizationIdsThroughNode() {
    var service = agroRecruitment();
    var node = data(TestNode.graphql("query($id: ID!) { node(id: $id) { id ... on Service { localId } } }",
        variables(service.getString("id")))).getJsonObject("node");
    assertEquals(service.getString("id"), node.getString("id"));
    assertEquals(AGRO_RECRUITMENT, node.getString("localId"));
    var organization = service.getJsonObject("organization");
    var orgNode = data(TestNode.graphql("query($id: ID!) { node(id: $id) { id ... on Organization { localId } } }",
        variables(organization.getString("id")))).getJsonObject("node");
    assertEquals(organization.getString("id"), orgNode.getString("id"));
    assertEquals("demo-org-tap-agro", orgNode.getString("localId"));
  }

  @Test
  void shouldListTheServicesAndVacanciesOfAnEmployer() {
    var id = agroRecruitment().getJsonObject("organization").getString("id");
    var organization = data(TestNode.graphql("""
        query($id: ID!) { organization(id: $id) { name services { localId }
            vacancies { id localId title positions municipality { code } organization { localId } } } }
        """, variables(id))).getJsonObject("organization");
    assertEquals(List.of(AGRO_RECRUITMENT), organization.getJsonArray("services").stream()
        .map(s -> ((JsonObject) s).getString("localId")).toList());
    var vacancies = organization.getJsonArray("vacancies").stream().map(JsonObject.class::cast).toList();
    assertEquals(List.of("demo-vac-tap-agro-1", "demo-vac-tap-agro-2"),
        vacancies.stream().map(v -> v.getString("localId")).sorted().toList());
    for (var vacancy : vacancies) {
      assertEquals("07089", vacancy.getJsonObject("municipality").getString("code"));
      assertEquals("demo-org-tap-agro", vacancy.getJsonObject("organization").getString("localId"));
      assertTrue(vacancy.getInteger("positions") > 0);
      var node = data(TestNode.graphql("query($id: ID!) { node(id: $id) { ... on Vacancy { title } } }",
          variables(vacancy.getString("id")))).getJsonObject("node");
      assertEquals(vacancy.getString("title"), node.getString("title"));
    }
  }

  @Test
  void shouldGiveTheMunicipalityOfEachLocationOfAService() {
    var service = data(TestNode.graphql("""
        query($id: ID!) { service(id: $id) { localId locations { id point { latitude }
            municipality { code name stateName } } } }
        """, variables(agroRecruitment().getString("id")))).getJsonObject("service");
    assertEquals(AGRO_RECRUITMENT, service.getString("localId"));
    var locations = service.getJsonArray("locations");
    assertFalse(locations.isEmpty());
    var municipality = locations.getJsonObject(0).getJsonObject("municipality");
    assertEquals(Map.of("code", "07089", "name", "Tapachula", "stateName", "Chiapas"), municipality.getMap());
  }

  @Test
  void shouldDescribeAServiceAsTheDirectoryHasIt() {
    var shelter = data(TestNode.graphql("""
        query($id: ID!) { service(id: $id) { localId region name categories { iri label(lang: "en") } languages timezone status confidential
            openingHours { weekday opens closes } isOpen(at: "2026-11-29T03:00:00-06:00")
            capacity { total unit } organization { localId name } } }
        """, variables(serviceId("demo-svc-tap-alb-familias-1-hospedaje")))).getJsonObject("service");
    assertEquals("mx", shelter.getString("region"));
    assertEquals("Hospedaje temporal para familias (demo)", shelter.getString("name"));
    assertTrue(shelter.getJsonArray("categories").stream().map(JsonObject.class::cast)
        .anyMatch(c -> c.getString("iri").equals("https://w3id.org/enlace/ns#shelter-family")
            && !c.getString("label").isBlank()));
    assertEquals("America/Mexico_City", shelter.getString("timezone"));
    assertEquals("ACTIVE", shelter.getString("status"));
    assertFalse(shelter.getBoolean("confidential"));
    assertTrue(shelter.getBoolean("isOpen"));
    var hours = shelter.getJsonArray("openingHours").stream().map(JsonObject.class::cast).toList();
    assertEquals(7, hours.size(), hours::toString);
    assertTrue(hours.stream().allMatch(h -> h.getString("opens").equals("00:00") && h.getString("closes").equals("24:00")));
    assertEquals(80, shelter.getJsonObject("capacity").getInteger("total"));
    assertEquals("demo-org-tap-alb-familias-1", shelter.getJsonObject("organization").getString("localId"));
  }

  @Test
  void shouldResolveRelatedRecordsOfEveryServiceOnAPage() {
    var edges = query("""
        { searchServices(municipality: "07089", first: 15) { edges { node { localId
            organization { localId services { localId } } locations { municipality { code } } } } } }
        """).getJsonObject("searchServices").getJsonArray("edges");
    assertEquals(15, edges.size());
    for (var edge : edges) {
      var service = ((JsonObject) edge).getJsonObject("node");
      var siblings = service.getJsonObject("organization").getJsonArray("services").stream()
          .map(s -> ((JsonObject) s).getString("localId")).toList();
      assertTrue(siblings.contains(service.getString("localId")), service::encode);
      assertEquals("07089", service.getJsonArray("locations").getJsonObject(0).getJsonObject("municipality")
          .getString("code"));
    }
  }

  @Test
  void shouldAnswerNullForIdsItDoesNotHold() {
    var unknown = new GlobalId("Service", "mx", "demo-svc-no-such-service").encode();
    assertNull(data(TestNode.graphql("query($id: ID!) { service(id: $id) { name } }", variables(unknown)))
        .getValue("service"));
    var elsewhere = new GlobalId("Service", "north", AGRO_RECRUITMENT).encode();
    assertNull(data(TestNode.graphql("query($id: ID!) { node(id: $id) { id } }", variables(elsewhere)))
        .getValue("node"));
  }

  @Test
  void shouldListRegionsWithTheirStates() {
    var regions = query("{ regions { id name states { code name } } }").getJsonArray("regions").stream()
        .map(JsonObject.class::cast).collect(Collectors.toMap(r -> r.getString("id"), r -> r));
    assertTrue(regions.keySet().containsAll(List.of("south", "centre", "north", "mx")), regions::toString);
    var south = regions.get("south").getJsonArray("states").stream().map(JsonObject.class::cast).toList();
    assertTrue(south.contains(new JsonObject().put("code", "07").put("name", "Chiapas")), south::toString);
    assertTrue(regions.get("centre").getJsonArray("states").contains(
        new JsonObject().put("code", "09").put("name", "Ciudad de México")), regions.get("centre")::encode);
    assertEquals(32, regions.get("mx").getJsonArray("states").size());
    regions.values().forEach(region -> region.getJsonArray("states").forEach(state ->
        assertTrue(((JsonObject) state).getString("name") != null, region::encode)));
  }
}
