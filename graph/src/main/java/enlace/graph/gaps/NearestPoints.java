package enlace.graph.gaps;

import enlace.graph.geo.GeoPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The points of one category in buckets of a fixed grid, so the nearest to a centroid is found by looking
 * at the buckets around it, ring by ring, instead of at every point.
 */
final class NearestPoints {

  private static final double BUCKET_DEGREES = 0.25;
  private static final double KM_PER_DEGREE_LAT = 110.5;

  private final Map<Long, List<GeoPoint>> buckets = new HashMap<>();

  NearestPoints(List<GeoPoint> points) {
    for (var p : points) {
      buckets.computeIfAbsent(key(row(p.latitude()), column(p.longitude())), k -> new ArrayList<>()).add(p);
    }
  }

  /** The distance in km to the nearest point within {@code radiusKm}; null when there is none. */
  Double nearestKm(GeoPoint from, double radiusKm) {
    if (buckets.isEmpty()) {
      return null;
    }
    long r0 = row(from.latitude());
    long c0 = column(from.longitude());
    // A bucket is at least this many km across in either direction anywhere in Mexico's latitudes.
    double cos = Math.max(0.2, Math.cos(Math.toRadians(Math.min(85, Math.abs(from.latitude()) + BUCKET_DEGREES))));
    double bucketKm = BUCKET_DEGREES * KM_PER_DEGREE_LAT * cos;
    int rings = (int) Math.ceil(radiusKm / bucketKm) + 1;
    double best = Double.POSITIVE_INFINITY;
    for (int ring = 0; ring <= rings; ring++) {
      // Anything in this ring or beyond lies at least (ring - 1) buckets away.
      if ((ring - 1) * bucketKm > best) {
        break;
      }
      for (long r = r0 - ring; r <= r0 + ring; r++) {
        for (long c = c0 - ring; c <= c0 + ring; c++) {
          if (Math.max(Math.abs(r - r0), Math.abs(c - c0)) != ring) {
            continue;
          }
          best = Math.min(best, nearestIn(buckets.get(key(r, c)), from));
        }
      }
    }
    return best <= radiusKm ? best : null;
  }

  private static double nearestIn(List<GeoPoint> bucket, GeoPoint from) {
    double best = Double.POSITIVE_INFINITY;
    if (bucket != null) {
      for (var p : bucket) {
        best = Math.min(best, from.distanceKm(p));
      }
    }
    return best;
  }

  private static long row(double latitude) {
    return (long) Math.floor(latitude / BUCKET_DEGREES);
  }

  private static long column(double longitude) {
    return (long) Math.floor(longitude / BUCKET_DEGREES);
  }

  private static long key(long row, long column) {
    return row * 100_000 + column;
  }
}
