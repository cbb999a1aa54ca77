package enlace.graph.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed latitude/longitude grid at two resolutions. A service is listed in the cell that holds its
 * location, per category, so a search seeks the index by (category, cell) instead of scanning a circle.
 */
public enum GridCells {
  FINE(0.05, "f"),
  COARSE(0.5, "c");

  private static final double KM_PER_DEGREE = 111.32;

  private final double degrees;
  private final String tag;

  GridCells(double degrees, String tag) {
    this.degrees = degrees;
    this.tag = tag;
  }

  /** The grid whose cells suit a circle of this radius: few cells, few candidates. */
  public static GridCells forRadiusKm(double radiusKm) {
    return radiusKm <= 30 ? FINE : COARSE;
  }

  public String cellOf(GeoPoint point) {
    return tag + row(point.latitude()) + ":" + column(point.longitude());
  }

  /** Every cell that meets the bounding box of the circle. */
  public List<String> cellsCovering(GeoPoint center, double radiusKm) {
    double dLat = radiusKm / KM_PER_DEGREE;
    double minLat = Math.max(-90, center.latitude() - dLat);
    double maxLat = Math.min(90, center.latitude() + dLat);
    double widestCos = Math.max(0.01, Math.cos(Math.toRadians(Math.max(Math.abs(minLat), Math.abs(maxLat)))));
    double dLon = Math.min(180, radiusKm / (KM_PER_DEGREE * widestCos));
    var cells = new ArrayList<String>();
    for (long r = row(minLat); r <= row(maxLat); r++) {
      for (long c = column(center.longitude() - dLon); c <= column(center.longitude() + dLon); c++) {
        cells.add(tag + r + ":" + c);
      }
    }
    return cells;
  }

  private long row(double latitude) {
    return (long) Math.floor(latitude / degrees);
  }

  private long column(double longitude) {
    return (long) Math.floor(longitude / degrees);
  }
}
