package enlace.broker.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structured employment outcomes, their counts for coordinators, the flag and the caution, through HTTP. */
class EmploymentOutcomesIT {

  private static final String REPORT = """
      query($region: ID) { employerOutcomes(region: $region) { region minimumReferrals
        employers { employerId employerName flagged flaggedFor review { reason }
          total { referrals suppressed outcomes { outcome count rate } }
          months { month referrals suppressed outcomes { outcome count } } }
        flagged { employerId } } }
      """;

  @Test
  void shouldRecordStructuredReasonsWithConsentFromTheRightSide() {
    var offices = Employers.create(1);
    var employer = offices.employers().getFirst();
    var referral = offices.refer(employer);

    var unpaid = Api.data(Employers.record(offices.sender(), referral, "WAGES_UNPAID_OR_LATE"))
        .getJsonObject("recordEmploymentOutcome");
    assertEquals(offices.dam(), unpaid.getString("recordedBy"));
    assertEquals("FORBIDDEN", Api.errorCode(Employers.record(Employers.employer(employer), referral,
        "WAGES_UNPAID_OR_LATE")), "an employer does not report on itself what the person reports");
    Api.data(Employers.record(Employers.employer(employer), referral, "HIRED"));
    assertEquals("FORBIDDEN", Api.errorCode(Employers.record(Employers.employer("demo-org-tap-agro"), referral,
        "NOT_HIRED")), "an organization outside the referral");
    assertEquals("BAD_USER_INPUT", Api.errorCode(TestNode.graphql(offices.sender(), """
        mutation($id: ID!) { recordEmploymentOutcome(referralId: $id, outcome: HIRED,
          consent: { recordedAt: "2026-11-29T10:00:00Z", recordedBy: " ", noticeVersion: "aviso" }) { outcome } }
        """, new JsonObject().put("id", referral))), "a consent without who recorded it");

    var read = Api.data(TestNode.graphql(offices.sender(), "query($id: ID!) { referral(id: $id) {"
        + " employmentOutcomes { outcome recordedBy } } }", new JsonObject().put("id", referral)));
    var recorded = read.getJsonObject("referral").getJsonArray("employmentOutcomes");
    assertEquals(List.of("WAGES_UNPAID_OR_LATE", "HIRED"), recorded.stream()
        .map(o -> ((JsonObject) o).getString("outcome")).toList());

    Api.data(TestNode.graphql(offices.sender(), "mutation($id: ID!) { withdrawConsent(id: $id) { status } }",
        new JsonObject().put("id", referral)));
    var after = Api.data(TestNode.graphql(offices.sender(), "query($id: ID!) { referral(id: $id) {"
        + " employmentOutcomes { outcome } } }", new JsonObject().put("id", referral)));
    assertTrue(after.getJsonObject("referral").getJsonArray("employmentOutcomes").isEmpty(),
        "withdrawn consent erases the outcomes with the rest of the person's data");
    assertEquals("CONSENT_SCOPE", Api.errorCode(Employers.record(offices.sender(), referral, "NOT_HIRED")));
  }

  @Test
  void shouldSuppressSmallCountsAndFlagRepeatedUnpaidOrDifferedOutcomesToTheRegionsCoordinators() {
    var offices = Employers.create(2);
    var few = offices.employers().get(0);
    var many = offices.employers().get(1);
    var fewReferrals = List.of(offices.refer(few), offices.refer(few), offices.refer(few));
    Api.data(Employers.record(offices.sender(), fewReferrals.get(0), "WAGES_UNPAID_OR_LATE"));
    Api.data(Employers.record(offices.sender(), fewReferrals.get(1), "OFFER_DIFFERED"));
    for (int i = 0; i < 6; i++) {
      var referral = offices.refer(many);
      if (i < 3) {
        Api.data(Employers.record(Employers.employer(many), referral, "HIRED"));
      }
    }

    var report = Api.data(TestNode.graphql(Employers.coordinator("north"), REPORT, null))
        .getJsonObject("employerOutcomes");
    assertEquals(5, report.getInteger("minimumReferrals"));
    var small = row(report, few);
    assertTrue(small.getJsonObject("total").getBoolean("suppressed"), "3 referrals: suppressed");
    assertNull(small.getJsonObject("total").getValue("referrals"));
    small.getJsonObject("total").getJsonArray("outcomes").forEach(o -> {
      assertNull(((JsonObject) o).getValue("count"), "no counts under 5 referrals");
      assertNull(((JsonObject) o).getValue("rate"), "no rates under 5 referrals");
    });
    assertTrue(small.getBoolean("flagged"), "repeated unpaid and differed outcomes flag the employer");
    assertEquals(List.of("OFFER_DIFFERED", "WAGES_UNPAID_OR_LATE"), small.getJsonArray("flaggedFor").getList());
    assertTrue(report.getJsonArray("flagged").stream().anyMatch(f -> ((JsonObject) f).getString("employerId")
        .equals(few)));

    var large = row(report, many);
    var total = large.getJsonObject("total");
    assertEquals(6, total.getInteger("referrals"));
    var hired = outcome(total, "HIRED");
    assertEquals(3, hired.getInteger("count"));
    assertEquals(0.5, hired.getDouble("rate"), 1e-9);
    assertTrue(!large.getBoolean("flagged"));
    assertEquals(1, large.getJsonArray("months").size(), "counted over time, by month");

    var south = Api.data(TestNode.graphql(Employers.coordinator("south"), REPORT, null))
        .getJsonObject("employerOutcomes");
    assertNull(row(south, few), "another region's coordinators do not see Ensenada's employers");
    assertEquals("FORBIDDEN", Api.errorCode(TestNode.graphql(Employers.coordinator("south"), REPORT,
        new JsonObject().put("region", "north"))));
    assertEquals("FORBIDDEN", Api.errorCode(TestNode.graphql(offices.sender(), REPORT, null)),
        "a partner does not see the counts or the flag");
    assertEquals("UNAUTHENTICATED", Api.errorCode(TestNode.graphql(REPORT, null)));
  }

  @Test
  void shouldShowPartnersACautionWhenMatchingOnceCoordinatorsMarkTheEmployerForReview() {
    var offices = Employers.create(1);
    var employer = offices.employers().getFirst();
    var match = """
        { matchServices(scope: LOCAL, need: { categories: ["enl:employment-vacancy"], documents: ["enl:doc-tvrh"],
            municipality: "02001", radiusKm: 20 }) { matches { service { localId } caution { since message } } } }
        """;
    assertNull(caution(TestNode.graphql(offices.sender(), match, null), employer), "no caution before a review");

    assertEquals("FORBIDDEN", Api.errorCode(TestNode.graphql(Employers.coordinator("south"), mark(employer), null)),
        "only the employer's region's coordinators review it");
    var review = Api.data(TestNode.graphql(Employers.coordinator("north"), mark(employer), null))
        .getJsonObject("markEmployerForReview");
    assertEquals("north", review.getString("region"));

    var caution = caution(TestNode.graphql(offices.sender(), match, null), employer);
    assertNotNull(caution, "partners see the caution when matching");
    assertTrue(caution.getString("message").contains("coordinación regional revisa"), caution::encode);
    assertNull(caution(TestNode.graphql(match, null), employer), "the public never sees it");
    var organization = Api.data(TestNode.graphql(offices.sender(), "query($id: ID!) { organization(id: $id) {"
        + " caution { message(lang: \"en\") } } }",
        new JsonObject().put("id", new GlobalId("Organization", "mx", employer).encode())));
    assertTrue(organization.getJsonObject("organization").getJsonObject("caution").getString("message")
        .contains("reviewing this employer"));

    Api.data(TestNode.graphql(Employers.coordinator("north"), "mutation($id: ID!) { clearEmployerReview(organizationId:"
        + " $id, reason: \"el empleador pagó los salarios adeudados\") { reason } }", new JsonObject().put("id", employer)));
    assertNull(caution(TestNode.graphql(offices.sender(), match, null), employer), "the caution ends with the review");
  }

  private static String mark(String employer) {
    return "mutation { markEmployerForReview(organizationId: \"" + employer
        + "\", reason: \"dos reportes de salarios no pagados este trimestre\") { employerId region reason } }";
  }

  private static JsonObject caution(JsonObject body, String employer) {
    JsonArray needs = Api.data(body).getJsonArray("matchServices");
    return needs.getJsonObject(0).getJsonArray("matches").stream().map(JsonObject.class::cast)
        .filter(m -> m.getJsonObject("service").getString("localId").equals(employer + "-svc")).findFirst()
        .orElseThrow(() -> new AssertionError("no match for " + employer + ": " + body.encode()))
        .getJsonObject("caution");
  }

  private static JsonObject row(JsonObject report, String employer) {
    return report.getJsonArray("employers").stream().map(JsonObject.class::cast)
        .filter(e -> e.getString("employerId").equals(employer)).findFirst().orElse(null);
  }

  private static JsonObject outcome(JsonObject cell, String outcome) {
    return cell.getJsonArray("outcomes").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("outcome").equals(outcome)).findFirst().orElseThrow();
  }
}
