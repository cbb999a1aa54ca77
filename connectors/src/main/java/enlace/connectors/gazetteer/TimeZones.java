package enlace.connectors.gazetteer;

import enlace.graph.municipality.MunicipalityCode;
import java.time.ZoneId;
import java.util.Map;

/** The IANA time zone that opening hours in a municipality are written in. */
public final class TimeZones {

  private static final ZoneId CENTRAL = ZoneId.of("America/Mexico_City");
  private static final Map<String, ZoneId> BY_STATE = Map.of(
      "02", ZoneId.of("America/Tijuana"),
      "03", ZoneId.of("America/Mazatlan"),
      "08", ZoneId.of("America/Chihuahua"),
      "18", ZoneId.of("America/Mazatlan"),
      "23", ZoneId.of("America/Cancun"),
      "25", ZoneId.of("America/Mazatlan"),
      "26", ZoneId.of("America/Hermosillo"));
  private static final Map<String, ZoneId> BY_MUNICIPALITY = Map.of(
      "08037", ZoneId.of("America/Ciudad_Juarez"));

  private TimeZones() {}

  public static ZoneId of(MunicipalityCode code) {
    var zone = BY_MUNICIPALITY.get(code.value());
    return zone != null ? zone : BY_STATE.getOrDefault(code.stateCode(), CENTRAL);
  }
}
