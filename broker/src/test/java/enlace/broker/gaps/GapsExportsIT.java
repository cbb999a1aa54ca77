package enlace.broker.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GapsExportsIT {

  private static final String QUERY = "?categories=enl:shelter,enl:employment&radiusKm=100&staleDays=180&top=5";

  @Test
  void shouldCarryTheSameFiguresAsGraphqlInCsv() {
    var response = get("/gaps.csv" + QUERY, Coordinator.token());
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    var rows = csv(response.body());
    var header = rows.getFirst();
    assertEquals(List.of("code", "name", "state_code", "state_name", "latitude", "longitude", "population", "has_dam",
        "employers_accepting_tvrh", "vacancies_accepting_tvrh", "shelter_services", "shelter_nearest_km"),
        header.subList(0, 12));
    var gaps = Coordinator.gaps(List.of("enl:shelter", "enl:employment"), 5);
    assertEquals(gaps.getJsonArray("municipalities").size(), rows.size() - 1);
    var byCode = new HashMap<String, Map<String, String>>();
    for (var row : rows.subList(1, rows.size())) {
      var named = new HashMap<String, String>();
      for (int i = 0; i < header.size(); i++) {
        named.put(header.get(i), row.get(i));
      }
      byCode.put(row.getFirst(), named);
    }
    for (var m : gaps.getJsonArray("municipalities")) {
      var expected = (JsonObject) m;
      var actual = byCode.get(expected.getString("code"));
      assertEquals(expected.getString("name"), actual.get("name"));
      assertEquals(text(expected.getValue("population")), actual.get("population"));
      assertEquals(String.valueOf(expected.getBoolean("hasDam")), actual.get("has_dam"));
      assertEquals(text(expected.getValue("vacanciesAcceptingTvrh")), actual.get("vacancies_accepting_tvrh"));
      var categories = expected.getJsonArray("categories");
      for (int i = 0; i < 2; i++) {
        var c = categories.getJsonObject(i);
        var prefix = i == 0 ? "shelter_" : "employment_";
        assertEquals(text(c.getValue("services")), actual.get(prefix + "services"));
        assertEquals(number(c.getValue("nearestKm")), number(actual.get(prefix + "nearest_km")),
            expected.getString("code"));
        assertEquals(text(c.getValue("capacityTotal")), actual.get(prefix + "capacity_total"));
        assertEquals(text(c.getValue("referrals")), actual.get(prefix + "referrals"));
      }
    }
  }

  @Test
  void shouldCarryTheSameFiguresAsGraphqlInGeoJson() {
    var response = get("/gaps.geojson" + QUERY, Coordinator.token());
    assertEquals(200, response.statusCode(), response.body());
    var collection = new JsonObject(response.body());
    assertEquals("FeatureCollection", collection.getString("type"));
    var gaps = Coordinator.gaps(List.of("enl:shelter", "enl:employment"), 5);
    var features = collection.getJsonArray("features");
    assertEquals(gaps.getJsonArray("municipalities").size(), features.size());
    for (int i = 0; i < features.size(); i++) {
      var feature = features.getJsonObject(i);
      var expected = gaps.getJsonArray("municipalities").getJsonObject(i);
      var properties = feature.getJsonObject("properties");
      assertEquals(expected.getString("code"), feature.getString("id"));
      assertEquals(expected.getValue("population") == null ? null : ((Number) expected.getValue("population")).longValue(),
          properties.getLong("population"));
      assertEquals(expected.getBoolean("hasDam"), properties.getBoolean("has_dam"));
      var shelter = expected.getJsonArray("categories").getJsonObject(0);
      assertEquals(shelter.getInteger("services"), properties.getInteger("shelter_services"));
      assertEquals(number(shelter.getValue("nearestKm")), number(properties.getValue("shelter_nearest_km")));
      var centroid = expected.getJsonObject("centroid");
      if (centroid == null) {
        assertNull(feature.getValue("geometry"));
      } else {
        var coordinates = feature.getJsonObject("geometry").getJsonArray("coordinates");
        assertEquals("Point", feature.getJsonObject("geometry").getString("type"));
        assertEquals(centroid.getDouble("longitude"), coordinates.getDouble(0), 1e-9);
        assertEquals(centroid.getDouble("latitude"), coordinates.getDouble(1), 1e-9);
      }
    }
  }

  @Test
  void shouldAskForTheCoordinatorsToken() {
    var anonymous = get("/gaps.csv" + QUERY, null);
    assertEquals(401, anonymous.statusCode());
    var other = get("/gaps.geojson" + QUERY + "&region=south", Coordinator.token());
    assertEquals(403, other.statusCode(), other.body());
    var bad = get("/gaps.csv?categories=enl:shelter&radiusKm=lots", Coordinator.token());
    assertEquals(400, bad.statusCode());
    assertEquals("radiusKm", new JsonObject(bad.body()).getString("argument"));
    var none = get("/gaps.csv", Coordinator.token());
    assertEquals("categories", new JsonObject(none.body()).getString("argument"));
  }

  private static HttpResponse<String> get(String path, String token) {
    var request = HttpRequest.newBuilder(TestNode.uri(path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return TestNode.send(request.build());
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static Double number(Object value) {
    if (value == null || value.toString().isEmpty()) {
      return null;
    }
    return Double.valueOf(value.toString());
  }

  /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> csv(String text) {
    var rows = new ArrayList<List<String>>();
    var row = new ArrayList<String>();
    var field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    return rows;
  }
}
