package enlace.broker.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.Programs;
import enlace.broker.TestNode;
import enlace.broker.referral.Ensenada;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The partner's example client of deploy/example-client, run as a partner would run it against a real node: the
 * SDL fetched and checked against its published hash, typed operations generated from it and type-checked, shelters
 * searched page by page, and the webhook receiver accepting the node's signed events and refusing a forged one.
 * Without node/npm the test is skipped on a developer's machine and fails in CI, where .ci/run installs them.
 */
class ExampleClientIT {

  static final Path CLIENT = Path.of("..", "deploy", "example-client");
  private static final String SECRET = "example-client-secret-0123456789";

  @Test
  void generatesTypedOperationsFromThePublishedSchemaAndPagesThroughShelters() throws Exception {
    var base = TestNode.node().baseUrl().toString();
    install();
    assertTrue(npm("run", "schema", "--", "--url", base).contains("sha256"));
    npm("run", "codegen");
    npm("run", "typecheck");
    var output = npm("run", "search", "--", "--url", base, "--municipality", "07089", "--radius", "200",
        "--first", "2");
    var summary = new JsonObject(output.strip().lines().reduce((a, b) -> b).orElseThrow());
    assertTrue(summary.getInteger("pages") > 1, "paged with first: 2: " + output);
    assertEquals((long) summary.getInteger("shelters"), summary.getJsonArray("ids").stream().distinct().count(),
        "no shelter twice across pages: " + output);
    assertTrue(output.contains("km"), output);
  }

  @Test
  void theWebhookReceiverAcceptsTheNodesSignedEventsOnly() throws Exception {
    install();
    var receiver = new ProcessBuilder(npx("tsx", "src/webhook-receiver.ts", "--secret", SECRET, "--port", "0"))
        .directory(CLIENT.toFile()).redirectErrorStream(true).start();
    var lines = new LinkedBlockingQueue<String>();
    Thread.ofVirtual().start(() -> {
      try (var reader = new BufferedReader(new InputStreamReader(receiver.getInputStream(), StandardCharsets.UTF_8))) {
        reader.lines().forEach(lines::add);
      } catch (IOException ignored) {
        // the receiver stopped
      }
    });
    try {
      var listening = until(lines, "listening on ");
      int port = Integer.parseInt(listening.substring("listening on ".length()).strip());
      var offices = Ensenada.create();
      var writer = TestNode.token(offices.farShelterOrg(), null, Scope.DIRECTORY_WRITE);
      TestNode.graphql(writer, "mutation($url: String!, $secret: String!) { setReferralWebhook(url: $url, secret:"
          + " $secret) }", new JsonObject().put("url", "http://127.0.0.1:" + port + "/hook").put("secret", SECRET));
      var id = offices.refer(offices.farShelter());
      assertEquals("verified referral.requested " + id, until(lines, "verified "));

      var forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
              + "/hook")).header("X-Enlace-Timestamp", Long.toString(System.currentTimeMillis() / 1000))
          .header("X-Enlace-Signature", "sha256=" + "0".repeat(64))
          .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"x\",\"type\":\"referral.requested\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(401, forged.statusCode(), "a forged event is refused");
    } finally {
      receiver.descendants().forEach(ProcessHandle::destroy);
      receiver.destroy();
    }
  }

  private static String until(BlockingQueue<String> lines, String prefix) throws InterruptedException {
    var seen = new ArrayList<String>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      var line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null && line.startsWith(prefix)) {
        return line;
      }
      if (line != null) {
        seen.add(line);
      }
    }
    throw new AssertionError("no line starting '" + prefix + "' from the receiver: " + seen);
  }

  private static void install() throws Exception {
    boolean ci = System.getenv("CI") != null;
    Assumptions.assumeTrue(ci || Programs.onPath("npm"), "no node/npm: example client skipped");
    if (!Files.isDirectory(CLIENT.resolve("node_modules/.bin"))) {
      npm("install", "--no-audit", "--no-fund");
    }
  }

  private static List<String> npx(String... arguments) {
    var command = new ArrayList<>(List.of("npx", "--no-install"));
    command.addAll(List.of(arguments));
    return command;
  }

  private static String npm(String... arguments) throws Exception {
    var command = new ArrayList<>(List.of("npm"));
    command.addAll(List.of(arguments));
    var run = Programs.run(command, CLIENT, 300);
    assertEquals(0, run.exit(), String.join(" ", command) + " failed:\n" + run.output());
    return run.output();
  }
}
