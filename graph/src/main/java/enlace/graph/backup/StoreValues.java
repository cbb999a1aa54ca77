package enlace.graph.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.TypeSystem;

/**
 * Property values as JSON and back, each of Neo4j's types kept: what JSON has (text, integers, floats,
 * booleans, lists) as itself, the rest (temporal values, durations, points, bytes) as {@code {"$t": type, …}}.
 */
final class StoreValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final TypeSystem TYPES = TypeSystem.getDefault();

  private StoreValues() {}

  static ObjectNode properties(Map<String, Value> properties) {
    var out = JSON.objectNode();
    properties.forEach((k, v) -> out.set(k, json(v)));
    return out;
  }

  static JsonNode json(Value v) {
    var type = v.type();
    if (type.equals(TYPES.NULL())) {
      return JSON.nullNode();
    } else if (type.equals(TYPES.STRING())) {
      return JSON.textNode(v.asString());
    } else if (type.equals(TYPES.INTEGER())) {
      return JSON.numberNode(v.asLong());
    } else if (type.equals(TYPES.FLOAT())) {
      return JSON.numberNode(v.asDouble());
    } else if (type.equals(TYPES.BOOLEAN())) {
      return JSON.booleanNode(v.asBoolean());
    } else if (type.equals(TYPES.LIST())) {
      var array = JSON.arrayNode();
      v.values().forEach(item -> array.add(json(item)));
      return array;
    } else if (type.equals(TYPES.DATE_TIME())) {
      return tagged("datetime").put("v", v.asZonedDateTime().toString());
    } else if (type.equals(TYPES.LOCAL_DATE_TIME())) {
      return tagged("localdatetime").put("v", v.asLocalDateTime().toString());
    } else if (type.equals(TYPES.DATE())) {
      return tagged("date").put("v", v.asLocalDate().toString());
    } else if (type.equals(TYPES.TIME())) {
      return tagged("time").put("v", v.asOffsetTime().toString());
    } else if (type.equals(TYPES.LOCAL_TIME())) {
      return tagged("localtime").put("v", v.asLocalTime().toString());
    } else if (type.equals(TYPES.DURATION())) {
      var d = v.asIsoDuration();
      return tagged("duration").put("months", d.months()).put("days", d.days()).put("seconds", d.seconds())
          .put("nanos", d.nanoseconds());
    } else if (type.equals(TYPES.POINT())) {
      var p = v.asPoint();
      var out = tagged("point").put("srid", p.srid()).put("x", p.x()).put("y", p.y());
      return Double.isNaN(p.z()) ? out : out.put("z", p.z());
    } else if (type.equals(TYPES.BYTES())) {
      return tagged("bytes").put("v", Base64.getEncoder().encodeToString(v.asByteArray()));
    }
    throw new IllegalArgumentException("a property of type " + type.name() + " cannot be backed up");
  }

  /** The value to send as a parameter for {@code json}, typed as it was stored. */
  static Object value(JsonNode json) {
    if (json == null || json.isNull()) {
      return null;
    } else if (json.isTextual()) {
      return json.asText();
    } else if (json.isIntegralNumber()) {
      return json.asLong();
    } else if (json.isNumber()) {
      return json.asDouble();
    } else if (json.isBoolean()) {
      return json.asBoolean();
    } else if (json.isArray()) {
      var list = new ArrayList<Object>();
      json.forEach(item -> list.add(value(item)));
      return list;
    }
    return switch (json.path("$t").asText()) {
      case "datetime" -> ZonedDateTime.parse(json.get("v").asText());
      case "localdatetime" -> LocalDateTime.parse(json.get("v").asText());
      case "date" -> LocalDate.parse(json.get("v").asText());
      case "time" -> OffsetTime.parse(json.get("v").asText());
      case "localtime" -> LocalTime.parse(json.get("v").asText());
      case "duration" -> Values.isoDuration(json.get("months").asLong(), json.get("days").asLong(),
          json.get("seconds").asLong(), json.get("nanos").asInt());
      case "point" -> json.has("z")
          ? Values.point(json.get("srid").asInt(), json.get("x").asDouble(), json.get("y").asDouble(),
              json.get("z").asDouble())
          : Values.point(json.get("srid").asInt(), json.get("x").asDouble(), json.get("y").asDouble());
      case "bytes" -> Base64.getDecoder().decode(json.get("v").asText());
      default -> throw new IllegalArgumentException("unknown value in the backup: " + json);
    };
  }

  static Map<String, Object> parameters(JsonNode properties) {
    var out = new LinkedHashMap<String, Object>();
    properties.fields().forEachRemaining(e -> out.put(e.getKey(), value(e.getValue())));
    return out;
  }

  private static ObjectNode tagged(String type) {
    return JSON.objectNode().put("$t", type);
  }
}
