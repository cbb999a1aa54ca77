package enlace.graph;

import enlace.graph.geo.GeoPoint;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/** Conversions between domain values and Neo4j values, shared by the repositories. */
public final class Records {

  private Records() {}

  public static ZonedDateTime toStore(Instant instant) {
    return instant == null ? null : instant.atZone(ZoneOffset.UTC);
  }

  public static Instant instant(Value value) {
    return value == null || value.isNull() ? null : value.asZonedDateTime().toInstant();
  }

  public static Value toStore(GeoPoint point) {
    return Values.point(4326, point.longitude(), point.latitude());
  }

  public static GeoPoint point(Value value) {
    var p = value.asPoint();
    return new GeoPoint(p.y(), p.x());
  }

  public static List<String> strings(Value value) {
    return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
  }

  public static Integer integer(Value value) {
    return value == null || value.isNull() ? null : value.asInt();
  }
}
