package enlace.broker.referral;

import static enlace.broker.referral.Referrals.move;
import static enlace.broker.referral.Referrals.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** What the referral API refuses, each with a code the caller can act on. */
class ReferralRefusalsIT {

  @Test
  void shouldRefuseIllegalTransitionsWithTheStepsThatAreAllowed() {
    var offices = Ensenada.create();
    var id = offices.refer(offices.farShelter());
    var shelter = Referrals.receiver(offices.farShelterOrg());
    var body = move(shelter, "completeReferral", id, "outcome: \"done\"");
    assertEquals("ILLEGAL_TRANSITION", Api.errorCode(body));
    assertTrue(body.getJsonArray("errors").getJsonObject(0).getString("message").contains("accepted, rejected"),
        body::encodePrettily);
    Api.data(move(shelter, "rejectReferral", id, "reason: NOT_ELIGIBLE"));
    assertEquals("ILLEGAL_TRANSITION", Api.errorCode(move(shelter, "acceptReferral", id, null)),
        "a rejected referral stays rejected");
  }

  @Test
  void shouldRefuseAReferralWithoutConsent() {
    var offices = Ensenada.create();
    var input = Referrals.input(Ensenada.need(), offices.nearShelter());
    input.remove("consent");
    var body = TestNode.graphql(Referrals.sender(offices.dam()), Referrals.CREATE,
        new JsonObject().put("input", input));
    assertEquals("GRAPHQL_VALIDATION_FAILED", Api.errorCode(body));
    assertTrue(body.encode().contains("consent"), body::encodePrettily);
  }

  @Test
  void shouldRefuseEveryOrganizationButTheTwoPartiesAndTheWrongSide() {
    var offices = Ensenada.create();
    var id = offices.refer(offices.farShelter());
    var stranger = Referrals.sender(offices.nearShelterOrg());
    assertEquals("FORBIDDEN", Api.errorCode(read(stranger, id)));
    assertEquals("FORBIDDEN", Api.errorCode(move(stranger, "acceptReferral", id, null)));
    assertEquals("FORBIDDEN", Api.errorCode(move(Referrals.sender(offices.dam()), "acceptReferral", id, null)),
        "the sender does not accept its own referral");
    assertEquals("FORBIDDEN", Api.errorCode(move(Referrals.receiver(offices.farShelterOrg()), "cancelReferral", id,
        null)), "only the sender cancels");
    var readOnly = TestNode.token(offices.dam(), null, Scope.REFERRAL_READ);
    assertEquals("FORBIDDEN", Api.errorCode(move(readOnly, "cancelReferral", id, null)),
        "writing needs referral:write");
    assertEquals("UNAUTHENTICATED", Api.errorCode(TestNode.graphql(Referrals.READ, new JsonObject().put("id", id))));
  }

  @Test
  void shouldGiveCoordinatorsCountsAndNeverPersons() {
    var offices = Ensenada.create();
    var id = offices.refer(offices.farShelter());
    var coordinator = TestNode.token(null, "north", Scope.COORDINATOR, Scope.REFERRAL_READ);
    var persons = TestNode.graphql(coordinator, "{ referrals(box: INBOX) { edges { node { clientReference } } } }",
        null);
    assertEquals("FORBIDDEN", Api.errorCode(persons));
    assertTrue(persons.encode().contains("referralStats"), "the refusal says where counts are");
    assertEquals("FORBIDDEN", Api.errorCode(read(coordinator, id)));
    var stats = Api.data(TestNode.graphql(coordinator, """
        { referralStats { region total byStatus { key count } byNeed { key count } byMunicipality { key count } } }
        """, null)).getJsonObject("referralStats");
    assertEquals("north", stats.getString("region"));
    assertTrue(stats.getJsonArray("byMunicipality").stream()
        .anyMatch(c -> ((JsonObject) c).getString("key").equals(Ensenada.ENSENADA)), stats::encodePrettily);
    assertTrue(stats.getInteger("total") >= 1);
    var south = TestNode.graphql(coordinator, "{ referralStats(region: \"south\") { total } }", null);
    assertEquals("FORBIDDEN", Api.errorCode(south), "a coordinator counts its own region only");
  }

  @Test
  void shouldOfferNoWayToListReferralsByDocumentNationalityOrStatusOfMigration() {
    var fields = Api.query("""
        { __schema { queryType { fields { name type { name ofType { name } } args { name } } } } }
        """).getJsonObject("__schema").getJsonObject("queryType").getJsonArray("fields");
    for (var field : fields) {
      var f = (JsonObject) field;
      if (f.getString("name").startsWith("referral")) {
        var args = f.getJsonArray("args").stream().map(a -> ((JsonObject) a).getString("name")).toList();
        assertTrue(args.stream().noneMatch(a -> a.contains("document") || a.contains("nationality")
            || a.contains("migration") || a.contains("language")), f.getString("name") + " takes " + args);
      }
    }
  }

  @Test
  void shouldRefuseToAcceptWithoutAFreePlaceAndRerouteTheDeclinedReferral() {
    var offices = Ensenada.create();
    var first = offices.refer(offices.nearShelter());
    var second = offices.refer(offices.nearShelter());
    var shelter = Referrals.receiver(offices.nearShelterOrg());
    Api.data(move(shelter, "acceptReferral", first, null));
    assertEquals(0, offices.capacity(offices.nearShelter()));
    assertEquals("NO_CAPACITY", Api.errorCode(move(shelter, "acceptReferral", second, null)));
    assertEquals(0, offices.capacity(offices.nearShelter()), "nothing was written");
    Api.data(move(shelter, "rejectReferral", second, "reason: NO_CAPACITY"));
    var dam = Referrals.sender(offices.dam());
    var rerouted = Api.data(move(dam, "rerouteReferral", second, "contact: {phone: \"+52 646 555 0100\"}"))
        .getJsonObject("rerouteReferral");
    assertEquals(offices.farShelter(), rerouted.getJsonObject("service").getString("localId"));
    assertEquals(second, rerouted.getString("reroutedFrom"));
    assertEquals("REQUESTED", rerouted.getString("status"));
    assertEquals("ILLEGAL_TRANSITION", Api.errorCode(move(dam, "rerouteReferral", rerouted.getString("id"), null)),
        "only a declined or expired referral is re-routed");
  }
}
