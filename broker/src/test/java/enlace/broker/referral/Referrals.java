package enlace.broker.referral;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** The referral API as the tests call it: queries, inputs and tokens of sending and receiving offices. */
final class Referrals {

  static final String TAPACHULA = "07089";
  static final String DAM = "demo-org-tap-dam";
  static final String FAMILY_SHELTER_ORG = "demo-org-tap-alb-familias-1";
  static final String FAMILY_SHELTER = "demo-svc-tap-alb-familias-1-hospedaje";

  static final String REFERRAL_FIELDS = """
      id localId region status needs { iri } documents { iri } languages household { adults children }
      profile { gender lgbtiSafePlace ageGroups pregnant reducedMobility protectedPlace }
      clientReference sender { localId } receiver { localId } service { localId capacity { available total } }
      serviceRegion contact { phone note } consent { purpose noticeVersion recordedBy withdrawnAt fields }
      rejectReason outcome reroutedFrom anonymised expiresAt
      events { sequence from to reason organization }
      """;

  static final String MATCH = """
      query($need: NeedInput!, $first: Int) { matchServices(need: $need, first: $first) {
        need { iri }
        matches { service { localId } distanceKm score eligible capacityStale reasons { rule passed explanation } }
        nearMisses { service { localId } eligible reasons { rule passed explanation } } } }
      """;

  static final String CREATE = "mutation($input: ReferralInput!) { createReferral(input: $input) { "
      + REFERRAL_FIELDS + " } }";

  static final String READ = "query($id: ID!) { referral(id: $id) { " + REFERRAL_FIELDS + " } }";

  private Referrals() {}

  static String sender(String organization) {
    return TestNode.token(organization, null, Scope.REFERRAL_WRITE, Scope.REFERRAL_READ);
  }

  static String receiver(String organization) {
    return TestNode.token(organization, null, Scope.REFERRAL_WRITE, Scope.REFERRAL_READ);
  }

  static String serviceId(String localId) {
    return new GlobalId("Service", "mx", localId).encode();
  }

  static JsonObject familyInTapachula(String... categories) {
    return new JsonObject()
        .put("categories", new JsonArray(List.of(categories)))
        .put("documents", new JsonArray().add("enl:doc-tvrh"))
        .put("languages", new JsonArray().add("es"))
        .put("municipality", TAPACHULA)
        .put("radiusKm", 25)
        .put("household", new JsonObject().put("adults", 2).put("children", 2));
  }

  static JsonObject consent() {
    return new JsonObject().put("purpose", "referral to shelter and employment").put("noticeVersion", "aviso-2026-01")
        .put("recordedAt", Instant.now().toString()).put("recordedBy", "oficial-12");
  }

  static JsonObject input(JsonObject need, String serviceLocalId) {
    var input = new JsonObject().put("need", need).put("clientReference", "TAP-2026-0042")
        .put("contact", new JsonObject().put("phone", "+52 962 555 0101").put("note", "llamar por la tarde"))
        .put("consent", consent());
    if (serviceLocalId != null) {
      input.put("serviceId", serviceId(serviceLocalId));
    }
    return input;
  }

  static JsonObject create(String token, JsonObject input) {
    return Api.data(TestNode.graphql(token, CREATE, new JsonObject().put("input", input)))
        .getJsonObject("createReferral");
  }

  static JsonObject read(String token, String id) {
    return TestNode.graphql(token, READ, new JsonObject().put("id", id));
  }

  /** Runs a move mutation such as acceptReferral(id: $id); extra arguments are written inline. */
  static JsonObject move(String token, String mutation, String id, String extra) {
    var query = "mutation($id: ID!) { " + mutation + "(id: $id" + (extra == null ? "" : ", " + extra) + ") { "
        + REFERRAL_FIELDS + " } }";
    return TestNode.graphql(token, query, new JsonObject().put("id", id));
  }

  static List<String> localIds(JsonArray matches) {
    return matches.stream().map(m -> ((JsonObject) m).getJsonObject("service").getString("localId")).toList();
  }
}
