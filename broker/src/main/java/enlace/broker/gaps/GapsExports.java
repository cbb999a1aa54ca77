package enlace.broker.gaps;

import enlace.graph.gaps.Gaps;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The gaps as CSV (RFC 4180, a header row) and as a GeoJSON FeatureCollection of municipal centroids. */
final class GapsExports {

  private GapsExports() {}

  static String csv(Gaps gaps) {
    var out = new StringBuilder();
    line(out, GapsTable.columns(gaps).stream().map(Object.class::cast).toList());
    gaps.municipalities().forEach(m -> line(out, GapsTable.row(m)));
    return out.toString();
  }

  private static void line(StringBuilder out, java.util.List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(values.get(i)));
    }
    out.append("\r\n");
  }

  private static String field(Object value) {
    if (value == null) {
      return "";
    }
    var text = value.toString();
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /** Municipalities without a point keep their figures with a null geometry, as GeoJSON allows. */
  static JsonObject geoJson(Gaps gaps) {
    var columns = GapsTable.columns(gaps);
    var features = new JsonArray();
    for (var m : gaps.municipalities()) {
      var values = GapsTable.row(m);
      var properties = new JsonObject();
      for (int i = 0; i < columns.size(); i++) {
        properties.put(columns.get(i), values.get(i));
      }
      var geometry = m.centroid() == null ? null : new JsonObject().put("type", "Point")
          .put("coordinates", new JsonArray().add(m.centroid().longitude()).add(m.centroid().latitude()));
      features.add(new JsonObject().put("type", "Feature").put("id", m.code()).put("geometry", geometry)
          .put("properties", properties));
    }
    return new JsonObject().put("type", "FeatureCollection").put("region", gaps.region())
        .put("categories", new JsonArray(gaps.categories())).put("radiusKm", gaps.radiusKm())
        .put("features", features);
  }
}
