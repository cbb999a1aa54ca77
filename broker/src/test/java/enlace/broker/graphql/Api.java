package enlace.broker.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import enlace.broker.TestNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Calls and checks the HTTP-level tests of the GraphQL API share. */
public final class Api {

  /** Tapachula, Chiapas: the centre of the demo directory's southern cluster. */
  public static final double TAPACHULA_LAT = 14.9056;
  public static final double TAPACHULA_LON = -92.2636;

  private static final String SEARCH = """
      query Search($near: GeoPointInput, $municipality: String, $radiusKm: Float, $categories: [ID!],
          $documents: [ID!], $languages: [String!], $openAt: DateTime, $hasCapacity: Boolean, $text: String,
          $first: Int, $after: String) {
        searchServices(near: $near, municipality: $municipality, radiusKm: $radiusKm, categories: $categories,
            documents: $documents, languages: $languages, openAt: $openAt, hasCapacity: $hasCapacity,
            text: $text, first: $first, after: $after) {
          edges { %s }
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        }
      }
      """;

  private static final String EDGE = """
      cursor distanceKm location { id point { latitude longitude } }
      node { id localId categories { iri } acceptedDocuments { iri } languages capacity { available stale } }
      """;

  private Api() {}

  /** The variables of a search around Tapachula's centre. */
  public static JsonObject nearTapachula() {
    return new JsonObject().put("near", point(TAPACHULA_LAT, TAPACHULA_LON));
  }

  public static JsonObject point(double latitude, double longitude) {
    return new JsonObject().put("latitude", latitude).put("longitude", longitude);
  }

  /**
   * The whole response body of a search that asks only for ids, errors included. searchServices takes
   * every argument as a variable; variables left out take the schema's defaults.
   */
  public static JsonObject searchBody(JsonObject variables) {
    return TestNode.graphql(SEARCH.formatted("node { localId }"), variables);
  }

  /** The searchServices connection of a search that must succeed, with what the assertions look at. */
  public static JsonObject search(JsonObject variables) {
    return data(TestNode.graphql(SEARCH.formatted(EDGE), variables)).getJsonObject("searchServices");
  }

  public static List<JsonObject> edges(JsonObject connection) {
    return connection.getJsonArray("edges").stream().map(JsonObject.class::cast).toList();
  }

  public static List<String> localIds(JsonObject connection) {
    return edges(connection).stream().map(e -> e.getJsonObject("node").getString("localId")).toList();
  }

  /** The data of a response that must carry no errors. */
  public static JsonObject data(JsonObject body) {
    assertNull(body.getJsonArray("errors"), body::encodePrettily);
    assertNotNull(body.getJsonObject("data"), body::encodePrettily);
    return body.getJsonObject("data");
  }

  public static JsonObject query(String query) {
    return data(TestNode.graphql(query, null));
  }

  /** The first error's extensions.code. */
  public static String errorCode(JsonObject body) {
    JsonArray errors = body.getJsonArray("errors");
    assertNotNull(errors, body::encodePrettily);
    assertFalse(errors.isEmpty(), body::encodePrettily);
    return errors.getJsonObject(0).getJsonObject("extensions").getString("code");
  }

  /** One error, BAD_USER_INPUT, naming the argument, and nothing in it that belongs in a log. */
  public static void assertBadUserInput(JsonObject body, String argument) {
    assertEquals("BAD_USER_INPUT", errorCode(body), body::encodePrettily);
    assertEquals(1, body.getJsonArray("errors").size(), body::encodePrettily);
    assertEquals(argument, body.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
        .getString("argument"), body::encodePrettily);
    assertNoInternals(body.encode());
  }

  /** No stack trace, no Java class name. */
  public static void assertNoInternals(String body) {
    assertFalse(body.contains("Exception"), body);
    assertFalse(body.contains("at enlace."), body);
    assertFalse(body.contains("enlace.broker") || body.contains("enlace.graph") || body.contains("java."), body);
  }
}
