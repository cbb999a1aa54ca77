package enlace.broker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code enlace token} run in-process: its standard output is one token the demo node accepts. */
class TokenCommandIT {

  private record Run(int exitCode, String out, String err) {}

  private static Run token(String... options) {
    var args = new ArrayList<>(List.of("token", "--data-dir", TestGraph.graph().settings().dataDir().toString()));
    args.addAll(List.of(options));
    var out = new StringWriter();
    var err = new StringWriter();
    var cli = Enlace.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsOnlyATokenTheNodeAccepts() {
    TestNode.node();
    var run = token("--org", "org-dam-tapachula", "--scope", "directory:write referral:read", "--ttl", "15m",
        "--region", "south", "--subject", "ana");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\R"), run.out());
    var body = new JsonObject().put("query", "{ whoami { subject organization region scopes } }").encode();
    var response = TestNode.send(HttpRequest.newBuilder(TestNode.uri("/graphql"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + run.out().strip())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertEquals(200, response.statusCode(), response.body());
    var whoami = new JsonObject(response.body()).getJsonObject("data").getJsonObject("whoami");
    assertEquals("ana", whoami.getString("subject"));
    assertEquals("org-dam-tapachula", whoami.getString("organization"));
    assertEquals("south", whoami.getString("region"));
    assertEquals(new JsonArray().add("directory:write").add("referral:read"), whoami.getJsonArray("scopes"));
  }

  @Test
  void namesAnUnknownScopeAndListsTheValidOnes() {
    var run = token("--org", "org-1", "--scope", "directory:write directory:admin");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("unknown scope 'directory:admin'"), run.err());
    assertTrue(run.err().contains("directory:write referral:read referral:write coordinator federation"), run.err());
  }

  @Test
  void refusesLifetimesOverADay() {
    var run = token("--org", "org-1", "--scope", "referral:read", "--ttl", "25h");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("at most 24h"), run.err());
    assertEquals(0, token("--org", "org-1", "--ttl", "PT24H").exitCode());
  }
}
