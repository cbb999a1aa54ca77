package enlace.broker.federation;

import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.Municipality;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which states a search area meets, told from the gazetteer's municipal seats: the states with a seat
 * within the radius plus a margin for the municipalities' extent. Empty when no seat is that close
 * (a point at sea): then every peer is asked.
 */
final class Coverage {

  private static final double MARGIN_KM = 60;
  private static final double EARTH_KM = 6371.0088;

  private record Seat(String state, double latitude, double longitude) {}

  private final List<Seat> seats;

  Coverage(List<Municipality> municipalities) {
    this.seats = municipalities.stream().filter(m -> m.centroid() != null)
        .map(m -> new Seat(m.stateCode(), m.centroid().latitude(), m.centroid().longitude())).toList();
  }

  Set<String> statesNear(GeoPoint center, double radiusKm) {
    var states = new TreeSet<String>();
    for (var seat : seats) {
      if (!states.contains(seat.state())
          && kilometres(center, seat.latitude(), seat.longitude()) <= radiusKm + MARGIN_KM) {
        states.add(seat.state());
      }
    }
    return states;
  }

  private static double kilometres(GeoPoint a, double latitude, double longitude) {
    double dLat = Math.toRadians(latitude - a.latitude());
    double dLon = Math.toRadians(longitude - a.longitude());
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(latitude)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
