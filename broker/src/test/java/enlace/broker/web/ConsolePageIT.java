package enlace.broker.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The office console in two real browsers: a Tapachula DAM refers a TVRH family to the family shelter with
 * consent, the shelter sees it arrive live and accepts, the DAM sees it accepted (then cancels it, so the
 * demo's bed comes back). Forms are tried with bad input; axe-core checks search, match and inbox. The needs
 * form's profile: a "depends" question answered in place, child protection first for a child alone.
 */
class ConsolePageIT {

  private static final String SHELTER = "demo-org-tap-alb-familias-1";

  @Test
  void shouldReferAFamilyAndFollowItLiveInTwoBrowsers() throws Exception {
    var screenshot = BrowserTest.SCREENSHOTS.resolve("console.png");
    Files.deleteIfExists(screenshot);
    var output = BrowserTest.run("console.test.mjs", screenshot);
    assertTrue(output.contains("office console: passed"), output);
    assertTrue(output.contains("axe inbox: "), output);
    try (var shots = Files.list(BrowserTest.SCREENSHOTS)) {
      long steps = shots.filter(p -> p.getFileName().toString().startsWith("console-")).count();
      assertTrue(steps >= 9, "a screenshot per step: " + steps);
    }
  }

  @Test
  void shouldAnswerADependsQuestionInPlaceAndPutChildProtectionFirst() throws Exception {
    var screenshot = BrowserTest.SCREENSHOTS.resolve("console-profile.png");
    var output = BrowserTest.run("console-profile.test.mjs", screenshot);
    assertTrue(output.contains("profile and depends: passed"), output);
    assertTrue(output.contains("axe profile: "), output);
  }

  @Test
  void shouldKeepTheOrganizationsOwnServiceCurrent() throws Exception {
    var token = TestNode.token("test-console-ens", null, Scope.DIRECTORY_WRITE, Scope.REFERRAL_READ);
    var created = TestNode.graphql(token, """
        mutation {
          upsertOrganization(input: { id: "test-console-ens", name: "Albergue de prueba (Ensenada)", kind: "enl:kind-shelter" }) { id }
          upsertLocation(input: { id: "test-console-ens-sede", municipalityCode: "02001", latitude: 31.866, longitude: -116.6,
                                  address: "Calle de Prueba 1" }) { id }
          upsertService(input: { id: "test-console-ens-albergue", name: "Albergue de prueba", categories: ["enl:shelter-family"],
              locationIds: ["test-console-ens-sede"], capacity: { total: 30, available: 12, unit: "bed-night" },
              hours: [{ weekday: MONDAY, opens: "09:00", closes: "18:00" }], timezone: "America/Tijuana" }) { id }
        }""", new JsonObject());
    assertTrue(!created.containsKey("errors"), created.encode());
    var screenshot = BrowserTest.SCREENSHOTS.resolve("console-org.png");
    var output = BrowserTest.run("console-org.test.mjs", screenshot, List.of("--token", token));
    assertTrue(output.contains("own organization: passed"), output);
  }

  @Test
  void shouldShowConfirmAndWriteFieldNotesOnTheServicePageRefusingAPersonsData() throws Exception {
    var note = "nota-" + java.util.UUID.randomUUID().toString().substring(0, 6)
        + " la oficina del banco pide CURP temporal además de la TVRH";
    var service = new GlobalId("Service", "mx", "demo-svc-tap-banco-cuenta").encode();
    var written = TestNode.graphql(TestNode.token(SHELTER, null, Scope.NOTES_WRITE),
        "mutation($input: FieldNoteInput!) { writeFieldNote(input: $input) { author { name } } }",
        new JsonObject().put("input", new JsonObject().put("targetId", service).put("text", note)));
    assertTrue(!written.containsKey("errors"), written.encode());
    var token = TestNode.token("demo-org-tap-dam", null, Scope.NOTES_WRITE, Scope.REFERRAL_READ);
    var screenshot = BrowserTest.SCREENSHOTS.resolve("console-notes.png");
    var output = BrowserTest.run("console-notes.test.mjs", screenshot,
        List.of("--token", token, "--service", service, "--note", note, "--author",
            written.getJsonObject("data").getJsonObject("writeFieldNote").getJsonObject("author").getString("name")));
    assertTrue(output.contains("field notes: passed"), output);
    assertTrue(output.contains("axe service notes: "), output);
  }
}
