package enlace.broker.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hostile query shapes are refused quickly, with a code a client can read, and the node keeps serving. */
class QueryLimitsIT {

  private static final Duration QUICKLY = Duration.ofSeconds(3);
  private static final String NORMAL = "{ municipality(code: \"07089\") { name } }";

  /** Sends the query, checks it was refused quickly with one of the codes, and that a normal query still works. */
  private static JsonObject refused(String query, Set<String> codes) {
    TestNode.node();
    long started = System.nanoTime();
    var response = TestNode.post("/graphql", new JsonObject().put("query", query).encode(), "application/json");
    var took = Duration.ofNanos(System.nanoTime() - started);
    var body = new JsonObject(response.body());
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(codes.contains(Api.errorCode(body)), body::encodePrettily);
    assertFalse(body.containsKey("data") && body.getValue("data") != null, "nothing ran: " + body.encode());
    Api.assertNoInternals(response.body());
    assertTrue(took.compareTo(QUICKLY) < 0, "refused in " + took.toMillis() + " ms");
    assertEquals("Tapachula", Api.query(NORMAL).getJsonObject("municipality").getString("name"));
    return body;
  }

  private static String nested(int depth) {
    var unknown = new GlobalId("Service", "mx", "no-such-service").encode();
    var query = new StringBuilder("{ service(id: \"" + unknown + "\") { ");
    for (int level = 2; level < depth; level++) {
      query.append(level % 2 == 0 ? "organization { " : "services(first: 1) { ");
    }
    return query + "id" + " }".repeat(depth - 1) + " }";
  }

  @Test
  void rejectsQueryFiftyLevelsDeep() {
    var body = refused(nested(50), Set.of("QUERY_TOO_COMPLEX"));
    assertTrue(body.getJsonArray("errors").getJsonObject(0).getString("message").contains("50 levels deep"), body::encode);
  }

  @Test
  void shouldAnswerQueryAtTheDepthLimit() {
    var body = TestNode.graphql(nested(12), null);
    assertNull(body.getJsonArray("errors"), body::encodePrettily);
    assertNull(body.getJsonObject("data").getValue("service"), "no such service");
  }

  @Test
  void rejectsThousandAliasesOfOneField() {
    var aliases = IntStream.range(0, 1_000).mapToObj(i -> "a" + i + ": ontologyVersion").collect(Collectors.joining(" "));
    refused("{ " + aliases + " }", Set.of("QUERY_TOO_COMPLEX"));
  }

  /** 200 aliases behind a conditional, sent with the condition false and then true. */
  private static void refusedEitherWay(String query) {
    for (boolean value : new boolean[] {false, true}) {
      var response = TestNode.post("/graphql", new JsonObject().put("query", query)
          .put("variables", new JsonObject().put("x", value)).encode(), "application/json");
      var body = new JsonObject(response.body());
      assertEquals("QUERY_TOO_COMPLEX", Api.errorCode(body), () -> "x=" + value + ": " + body.encode());
      assertTrue(body.getValue("data") == null, "nothing ran with x=" + value + ": " + body.encode());
    }
  }

  private static String aliases(int count) {
    return IntStream.range(0, count).mapToObj(i -> "a" + i + ": ontologyVersion").collect(Collectors.joining(" "));
  }

  @Test
  void countsAliasesBehindAConditionalWhateverTheVariableSays() {
    refusedEitherWay("query($x: Boolean!) { ontologyVersion ... @include(if: $x) { " + aliases(200) + " } }");
  }

  @Test
  void countsAliasesBehindAConditionalHoweverTheDirectiveIsSpelt() {
    refusedEitherWay("query($x: Boolean!) { ontologyVersion ... @ include(if: $x) { " + aliases(200) + " } }");
    refusedEitherWay("query($x: Boolean!) { ontologyVersion ... @\n# a comment\n skip , (if: $x) { "
        + aliases(200) + " } }");
    refusedEitherWay("""
        query($x: Boolean!) { ontologyVersion ...Many @ include(if: $x) }
        fragment Many on Query { %s }""".formatted(aliases(200)));
  }

  @Test
  void countsAnUnpagedListAsTheItemsItMayReturn() {
    var fields = "id localId name description timezone cost status source confidential lastVerifiedAt isOpen"
        + " languages audience capacity { total available unit updatedAt stale } categories { iri label }";
    var dam = new GlobalId("Organization", "mx", "demo-org-tap-dam").encode();
    var body = refused("{ organization(id: \"" + dam + "\") { services { " + fields + " } } }",
        Set.of("QUERY_TOO_COMPLEX"));
    assertTrue(body.getJsonArray("errors").getJsonObject(0).getString("message").contains("cost 2202"), body::encode);
    var few = TestNode.graphql("{ organization(id: \"" + dam + "\") { services(first: 5) { " + fields + " } } }",
        null);
    assertNull(few.getJsonArray("errors"), few::encodePrettily);
    assertTrue(Api.data(few).getJsonObject("organization").getJsonArray("services").size() <= 5, few::encode);
  }

  @Test
  void rejectsQueryThatWouldCostTooMuch() {
    refused("""
        { searchServices(municipality: "07089", radiusKm: 250, first: 100) { edges { distanceKm node {
            id localId region name description categories { iri } acceptedDocuments { iri } languages audience timezone cost
            status source confidential lastVerifiedAt isOpen
            capacity { total available unit updatedAt stale }
            openingHours { weekday opens closes }
            organization { id name kind services { id name organization { id name } } }
            locations { id name address point { latitude longitude } municipality { code name } } } } } }
        """, Set.of("QUERY_TOO_COMPLEX"));
  }

  @Test
  void rejectsCircularFragments() {
    refused("""
        { service(id: "x") { ...A } }
        fragment A on Service { id ...B }
        fragment B on Service { name ...A }
        """, Set.of("GRAPHQL_VALIDATION_FAILED"));
  }

  @Test
  void rejectsDirectiveFlood() {
    var directives = " @include(if: true)".repeat(2_000);
    refused("{ ontologyVersion" + directives + " }", Set.of("GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"));
  }

  @Test
  void refusesIntrospectionThatIsNotInGoodFaithAsTheClientsFault() {
    var query = "{ __schema { types { fields { type { fields { type { name } } } } } } }";
    refused(query, Set.of("QUERY_TOO_COMPLEX"));
    HttpResponse<String> response = TestNode.post("/graphql", new JsonObject().put("query", query).encode(),
        "application/graphql-response+json");
    assertEquals(400, response.statusCode(), response.body());
  }

  @Test
  void shouldAnswerTooComplexQueryWithClientErrorUnderGraphqlResponseJson() {
    HttpResponse<String> response = TestNode.post("/graphql", new JsonObject().put("query", nested(50)).encode(),
        "application/graphql-response+json");
    assertEquals(400, response.statusCode(), response.body());
    assertEquals("QUERY_TOO_COMPLEX", Api.errorCode(new JsonObject(response.body())));
  }
}
