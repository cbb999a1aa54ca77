package enlace.graph.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import enlace.graph.geo.GeoPoint;
import java.util.ArrayList;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NearestPointsTest {

  @Test
  void findsTheSameNearestPointAsLookingAtEveryPoint() {
    var random = new SplittableRandom(7);
    var points = new ArrayList<GeoPoint>();
    for (int i = 0; i < 3_000; i++) {
      points.add(new GeoPoint(14.5 + random.nextDouble() * 18, -117 + random.nextDouble() * 30));
    }
    var index = new NearestPoints(points);
    for (int i = 0; i < 500; i++) {
      var from = new GeoPoint(14.5 + random.nextDouble() * 18, -117 + random.nextDouble() * 30);
      double best = points.stream().mapToDouble(from::distanceKm).min().orElseThrow();
      Double found = index.nearestKm(from, 80);
      if (best <= 80) {
        assertEquals(best, found, 1e-9);
      } else {
        assertNull(found);
      }
    }
  }

  @Test
  void answersNothingWithoutPoints() {
    assertNull(new NearestPoints(java.util.List.of()).nearestKm(new GeoPoint(19, -99), 500));
  }
}
