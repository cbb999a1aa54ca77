package enlace.broker.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

class ConsoleRoutesIT {

  @Test
  void shouldServeTheConsolePageAndItsSettings() {
    var page = TestNode.send(HttpRequest.newBuilder(TestNode.uri("/console")).GET().build());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("/web/console/console.js"), page.body());
    var settings = new JsonObject(TestNode.send(HttpRequest.newBuilder(TestNode.uri("/console/settings")).GET()
        .build()).body());
    assertEquals("mx", settings.getString("region"));
    assertTrue(settings.getBoolean("demo"));
  }

  @Test
  void shouldListTheDemoOrganizationsToSignInAs() {
    var list = new JsonArray(TestNode.send(HttpRequest.newBuilder(TestNode.uri(ConsoleRoutes.ORGANIZATIONS_PATH))
        .GET().build()).body());
    assertTrue(list.stream().map(JsonObject.class::cast).anyMatch(o -> o.getString("id").equals("demo-org-tap-dam")
        && o.getString("name").contains("Tapachula")), list.encode());
  }

  @Test
  void shouldMintAnOfficerTokenForADemoOrganization() {
    var answer = TestNode.send(HttpRequest.newBuilder(
        TestNode.uri(ConsoleRoutes.TOKEN_PATH + "?organization=demo-org-tap-alb-familias-1"))
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(200, answer.statusCode(), answer.body());
    var token = new JsonObject(answer.body()).getString("access_token");
    var who = TestNode.graphql(token, "{ whoami { organization scopes } }", new JsonObject())
        .getJsonObject("data").getJsonObject("whoami");
    assertEquals("demo-org-tap-alb-familias-1", who.getString("organization"));
    assertEquals(new JsonArray().add("directory:write").add("notes:write").add("referral:read").add("referral:write"),
        new JsonArray(who.getJsonArray("scopes").stream().sorted().toList()));
  }

  @Test
  void shouldRefuseATokenForAnOrganizationThatIsNotADemoOne() {
    var answer = TestNode.send(HttpRequest.newBuilder(TestNode.uri(ConsoleRoutes.TOKEN_PATH + "?organization=acme"))
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(404, answer.statusCode());
    assertTrue(answer.body().contains("acme"), answer.body());
  }
}
