package enlace.connectors.gazetteer;

import enlace.graph.municipality.Region;
import java.util.List;
import java.util.Optional;

/** The default regions of the demo network; production nodes name theirs in their config. */
public final class Regions {

  public static final Region SOUTH = new Region("south", "Sur-Sureste",
      List.of("04", "07", "12", "20", "23", "27", "30", "31"));
  public static final Region CENTRE = new Region("centre", "Centro-Occidente",
      List.of("01", "06", "09", "11", "13", "14", "15", "16", "17", "18", "21", "22", "24", "29", "32"));
  public static final Region NORTH = new Region("north", "Norte",
      List.of("02", "03", "05", "08", "10", "19", "25", "26", "28"));
  public static final Region ALL = new Region("mx", "Todo México", List.of(
      "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16",
      "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"));

  private Regions() {}

  public static List<Region> defaults() {
    return List.of(SOUTH, CENTRE, NORTH);
  }

  public static Optional<Region> byId(String id) {
    return List.of(SOUTH, CENTRE, NORTH, ALL).stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
