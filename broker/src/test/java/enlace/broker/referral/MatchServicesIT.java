package enlace.broker.referral;

import static enlace.broker.referral.Referrals.DAM;
import static enlace.broker.referral.Referrals.TAPACHULA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * matchServices over HTTP against the demo directory: who each of Tapachula's shelters takes, for each shape of
 * household and what the person said (a table of cases), the questions asked when the profile is silent, child
 * protection first for a child alone, and contradictory households refused with every field named.
 */
class MatchServicesIT {

  private static final String MATCH = """
      query($need: NeedInput!, $first: Int) { matchServices(need: $need, first: $first, scope: LOCAL) {
        need { iri }
        firstStep { why en: why(lang: "en") services { service { localId } reasons { rule passed } } }
        matches { service { localId } eligible }
        depends { service { localId } eligible reasons { rule passed depends explanation }
                  questions { field accepts text en: text(lang: "en") } }
        nearMisses { service { localId } reasons { rule passed explanation } } } }
      """;

  /** Tapachula's shelters, in the order of the table's last column. */
  private static final Map<String, String> SHELTERS = shelters();

  private static Map<String, String> shelters() {
    var shelters = new LinkedHashMap<String, String>();
    for (var name : List.of("familias-1", "familias-2", "mujeres", "hombres", "nna", "lgbti", "transito")) {
      shelters.put("demo-svc-tap-alb-" + name + "-hospedaje", name);
    }
    return shelters;
  }

  /**
   * Each row: the household and profile sent (JSON, "-" for none), then for each of Tapachula's shelters
   * (families 1, families 2 (full), women's refuge, men's shelter, unaccompanied minors, LGBTI+, transit) whether it
   * is a match (M), a near miss (N) or depends on a question (the profile field asked), and whether child protection
   * comes first.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      one adult, nothing said     | -                                  | -                                              | N N GENDER GENDER N LGBTI_SAFE_PLACE M | no
      a man alone                 | {"adults":1}                       | {"gender":"MAN"}                               | N N N M N LGBTI_SAFE_PLACE M           | no
      a woman alone               | {"adults":1}                       | {"gender":"WOMAN"}                             | N N M N N LGBTI_SAFE_PLACE M           | no
      a woman asking LGBTI+-safe  | -                                  | {"gender":"WOMAN","lgbtiSafePlace":true}       | N N M N N M M                          | no
      non-binary, LGBTI+-safe     | -                                  | {"gender":"NON_BINARY","lgbtiSafePlace":true}  | N N N N N M M                          | no
      non-binary, not asking      | -                                  | {"gender":"NON_BINARY","lgbtiSafePlace":false} | N N N N N N M                          | no
      gender not said             | -                                  | {"gender":"NOT_SAID"}                          | N N GENDER GENDER N LGBTI_SAFE_PLACE M | no
      a woman and her children    | {"adults":1,"children":2}          | {"gender":"WOMAN"}                             | M N M N N LGBTI_SAFE_PLACE M           | no
      a man and his children      | {"adults":1,"children":2}          | {"gender":"MAN"}                               | M N N N N LGBTI_SAFE_PLACE M           | no
      two adults, two children    | {"adults":2,"children":2}          | -                                              | M N N N N LGBTI_SAFE_PLACE M           | no
      a mother by age groups      | -                                  | {"gender":"WOMAN","ageGroups":["ADULT","INFANT"]} | M N M N N LGBTI_SAFE_PLACE M        | no
      a child alone               | {"adults":0,"children":1}          | -                                              | N N N N M N N                          | yes
      an adolescent by age group  | -                                  | {"ageGroups":["ADOLESCENT"]}                   | N N N N M N N                          | yes
      the flag alone              | {"unaccompaniedMinor":true}        | -                                              | N N N N M N N                          | yes
      siblings alone, a girl asks | {"adults":0,"children":2}          | {"gender":"WOMAN","lgbtiSafePlace":true}       | N N N N M N N                          | yes
      """)
  void shouldOfferTheShelterThatTakesThePerson(String person, String household, String profile, String verdicts,
      String childProtectionFirst) {
    var need = new JsonObject().put("categories", new JsonArray().add("enl:shelter")).put("municipality", TAPACHULA)
        .put("radiusKm", 25);
    if (household != null) {
      need.put("household", new JsonObject(household));
    }
    if (profile != null) {
      need.put("profile", new JsonObject(profile));
    }
    var found = match(need);
    var expected = verdicts.trim().split("\\s+");
    var names = List.copyOf(SHELTERS.values());
    for (int i = 0; i < names.size(); i++) {
      assertEquals(expected[i], verdict(found, names.get(i)), person + ", " + names.get(i) + ": " + found.encodePrettily());
    }
    var first = found.getJsonObject("firstStep");
    if (childProtectionFirst.equals("yes")) {
      assertEquals("demo-svc-tap-pronna-proteccion", first.getJsonArray("services").getJsonObject(0)
          .getJsonObject("service").getString("localId"), found::encodePrettily);
      assertTrue(first.getString("why").contains("Procuraduría de Protección"), first::encodePrettily);
      assertTrue(localIds(found, "matches").stream().noneMatch(id -> !id.equals("demo-svc-tap-alb-nna-hospedaje")),
          "a child alone is offered no shelter for adults or families: " + found.encodePrettily());
    } else {
      assertNull(first, found::encodePrettily);
    }
  }

  @Test
  void shouldAskTheQuestionInSpanishAndEnglishAndKeepItApartFromMatchesAndNearMisses() {
    var found = match(new JsonObject().put("categories", new JsonArray().add("enl:shelter"))
        .put("municipality", TAPACHULA).put("radiusKm", 25));
    var women = found.getJsonArray("depends").stream().map(JsonObject.class::cast)
        .filter(m -> m.getJsonObject("service").getString("localId").equals("demo-svc-tap-alb-mujeres-hospedaje"))
        .findFirst().orElseThrow();
    assertFalse(women.getBoolean("eligible"));
    var question = women.getJsonArray("questions").getJsonObject(0);
    assertEquals("GENDER", question.getString("field"));
    assertEquals(new JsonArray().add("WOMAN"), question.getJsonArray("accepts"));
    assertEquals("¿La persona es mujer?", question.getString("text"));
    assertEquals("Is the person a woman?", question.getString("en"));
    var household = women.getJsonArray("reasons").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("rule").equals("HOUSEHOLD")).findFirst().orElseThrow();
    assertTrue(household.getBoolean("depends"));
    assertFalse(household.getBoolean("passed"));
    assertFalse(localIds(found, "matches").contains("demo-svc-tap-alb-mujeres-hospedaje"));
    assertFalse(localIds(found, "nearMisses").contains("demo-svc-tap-alb-mujeres-hospedaje"));
  }

  @Test
  void shouldPutTheRegionsChildProtectionFirstWhereverItIs() {
    var found = match(new JsonObject().put("categories", new JsonArray().add("enl:shelter")).put("municipality", "27017")
        .put("radiusKm", 5).put("household", new JsonObject().put("adults", 0).put("children", 1)));
    var first = found.getJsonObject("firstStep");
    assertEquals("demo-svc-ten-dif-proteccion", first.getJsonArray("services").getJsonObject(0)
        .getJsonObject("service").getString("localId"), found::encodePrettily);
    assertTrue(first.getString("en").startsWith("A child or adolescent without an adult: first the region's child"
        + " protection office"), first::encodePrettily);
    assertEquals(List.of(), localIds(found, "matches"), "Tenosique's shelter is for adults and families");
  }

  @Test
  void shouldRefuseAContradictoryHouseholdNamingEveryFieldInvolved() {
    var flag = TestNode.graphql(Referrals.sender(DAM), MATCH, new JsonObject().put("need", new JsonObject()
        .put("categories", new JsonArray().add("enl:shelter")).put("municipality", TAPACHULA)
        .put("household", new JsonObject().put("adults", 0).put("children", 1).put("unaccompaniedMinor", false))));
    assertEquals(List.of("need.household.adults", "need.household.unaccompaniedMinor"), arguments(flag));
    Api.assertNoInternals(flag.encode());
    var ages = TestNode.graphql(Referrals.sender(DAM), MATCH, new JsonObject().put("need", new JsonObject()
        .put("categories", new JsonArray().add("enl:shelter")).put("municipality", TAPACHULA)
        .put("household", new JsonObject().put("adults", 2))
        .put("profile", new JsonObject().put("ageGroups", new JsonArray().add("ADULT").add("CHILD")))));
    assertEquals(List.of("need.household.adults", "need.profile.ageGroups"), arguments(ages));
    assertTrue(ages.getJsonArray("errors").getJsonObject(0).getString("message").contains("ageGroups lista 1 ADULT"),
        ages::encodePrettily);
  }

  @Test
  void shouldJudgeSurvivorsPregnancyAndReducedMobilityByWhomAServiceSaysItTakes() {
    var run = UUID.randomUUID().toString().substring(0, 8);
    var org = "t-tecate-" + run;
    var token = TestNode.token(org, null, Scope.DIRECTORY_WRITE);
    var written = TestNode.graphql(token, """
        mutation($org: ID!, $loc: ID!, $refuge: ID!, $maternity: ID!, $rehab: ID!) {
          upsertOrganization(input: { id: $org, name: "Red de prueba (Tecate)", kind: "enl:kind-civil-society" }) { id }
          upsertLocation(input: { id: $loc, municipalityCode: "02003", latitude: 32.566, longitude: -116.63,
                                  address: "Calle de Prueba 2" }) { id }
          refuge: upsertService(input: { id: $refuge, name: "Casa refugio de prueba", categories: ["enl:shelter"],
              audience: ["survivors"], locationIds: [$loc] }) { id }
          maternity: upsertService(input: { id: $maternity, name: "Casa materna de prueba", categories: ["enl:health"],
              audience: ["pregnant"], locationIds: [$loc] }) { id }
          rehab: upsertService(input: { id: $rehab, name: "Rehabilitación de prueba", categories: ["enl:health"],
              audience: ["reduced-mobility"], locationIds: [$loc] }) { id }
        }""", new JsonObject().put("org", org).put("loc", org + "-sede").put("refuge", org + "-refugio")
        .put("maternity", org + "-materna").put("rehab", org + "-rehab"));
    Api.data(written);
    var need = new JsonObject().put("categories", new JsonArray().add("enl:shelter").add("enl:health"))
        .put("municipality", "02003").put("radiusKm", 3);
    var silent = TestNode.graphql(Referrals.sender(DAM), MATCH, new JsonObject().put("need", need));
    var asked = Api.data(silent).getJsonArray("matchServices").stream().map(JsonObject.class::cast)
        .flatMap(n -> n.getJsonArray("depends").stream().map(JsonObject.class::cast))
        .map(m -> m.getJsonArray("questions").getJsonObject(0).getString("field")).sorted().toList();
    assertEquals(List.of("PREGNANT", "PROTECTED_PLACE", "REDUCED_MOBILITY"), asked, silent::encodePrettily);
    need.put("profile", new JsonObject().put("protectedPlace", true).put("pregnant", true).put("reducedMobility", false));
    var said = Api.data(TestNode.graphql(Referrals.sender(DAM), MATCH, new JsonObject().put("need", need)))
        .getJsonArray("matchServices");
    var matched = said.stream().map(JsonObject.class::cast).flatMap(n -> localIds(n, "matches").stream()).toList();
    var missed = said.stream().map(JsonObject.class::cast).flatMap(n -> localIds(n, "nearMisses").stream()).toList();
    assertTrue(matched.containsAll(List.of(org + "-refugio", org + "-materna")), matched.toString());
    assertEquals(List.of(org + "-rehab"), missed);
  }

  @Test
  void shouldReferAChildAloneToChildProtectionAndRefuseAServiceThatStillAsksAQuestion() {
    var dam = Referrals.sender(DAM);
    var child = new JsonObject().put("categories", new JsonArray().add("enl:shelter")).put("municipality", TAPACHULA)
        .put("radiusKm", 25).put("household", new JsonObject().put("adults", 0).put("children", 1));
    var referred = Referrals.create(dam, Referrals.input(child, "demo-svc-tap-pronna-proteccion"));
    assertEquals("demo-svc-tap-pronna-proteccion", referred.getJsonObject("service").getString("localId"));
    assertEquals("https://w3id.org/enlace/ns#protection-child", referred.getJsonArray("needs").getJsonObject(0)
        .getString("iri"));
    Api.data(Referrals.move(dam, "cancelReferral", referred.getString("id"), null));

    var adult = new JsonObject().put("categories", new JsonArray().add("enl:shelter")).put("municipality", TAPACHULA)
        .put("radiusKm", 25);
    var refused = TestNode.graphql(dam, Referrals.CREATE, new JsonObject().put("input",
        Referrals.input(adult, "demo-svc-tap-alb-hombres-hospedaje")));
    Api.assertBadUserInput(refused, "input.serviceId");
    assertTrue(refused.getJsonArray("errors").getJsonObject(0).getString("message").contains("¿La persona es hombre?"),
        refused::encodePrettily);
  }

  private static JsonObject match(JsonObject need) {
    var body = TestNode.graphql(Referrals.sender(DAM), MATCH, new JsonObject().put("need", need).put("first", 10));
    var needs = Api.data(body).getJsonArray("matchServices");
    assertEquals(1, needs.size());
    return needs.getJsonObject(0);
  }

  /** M, N, or the fields its questions ask, for the shelter named in the table's order. */
  private static String verdict(JsonObject found, String shelter) {
    var id = SHELTERS.entrySet().stream().filter(e -> e.getValue().equals(shelter)).findFirst().orElseThrow().getKey();
    if (localIds(found, "matches").contains(id)) {
      return "M";
    }
    if (localIds(found, "nearMisses").contains(id)) {
      return "N";
    }
    return found.getJsonArray("depends").stream().map(JsonObject.class::cast)
        .filter(m -> m.getJsonObject("service").getString("localId").equals(id))
        .map(m -> String.join(",", m.getJsonArray("questions").stream().map(JsonObject.class::cast)
            .map(q -> q.getString("field")).toList()))
        .findFirst().orElse("absent");
  }

  private static List<String> localIds(JsonObject need, String list) {
    return Referrals.localIds(need.getJsonArray(list));
  }

  private static List<String> arguments(JsonObject body) {
    assertNotNull(body.getJsonArray("errors"), body::encodePrettily);
    return body.getJsonArray("errors").stream().map(JsonObject.class::cast)
        .peek(e -> assertEquals("BAD_USER_INPUT", e.getJsonObject("extensions").getString("code")))
        .map(e -> e.getJsonObject("extensions").getString("argument")).toList();
  }
}
