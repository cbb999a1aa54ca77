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
  /** Above this many exact ranges a search seeks bands of whole rows instead ({@link #seeksCovering}). */
  static final int MAX_EXACT_RANGES = 64;

  /** An inclusive range of cell names: every cell whose name sorts between the two is in the range. */
  public record CellRange(String from, String to) {}

  private final double degrees;
  private final String tag;
  private final int widestColumn;

  GridCells(double degrees, String tag) {
    this.degrees = degrees;
    this.tag = tag;
    this.widestColumn = digits((long) Math.ceil(180 / degrees));
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
    var box = Box.around(center, radiusKm);
    var cells = new ArrayList<String>();
    for (long r = row(box.minLat()); r <= row(box.maxLat()); r++) {
      for (long c = column(box.minLon()); c <= column(box.maxLon()); c++) {
        cells.add(tag + r + ":" + c);
      }
    }
    return cells;
  }

  /**
   * The cells of {@link #cellsCovering} as ranges of names, one or two per row. In a row, the names of
   * columns with as many digits as the grid's widest column, the same sign and the same tens sort like the
   * columns (backwards when negative), and no other name the grid can give sorts between them: a shorter
   * name could only sort inside a range whose ends differ before their last digit. So one range holds
   * exactly such a run. Columns with fewer digits come one cell per range, since longer names would sort
   * between the ends of their run.
   */
  public List<CellRange> rangesCovering(GeoPoint center, double radiusKm) {
    var box = Box.around(center, radiusKm);
    long first = column(box.minLon());
    long last = column(box.maxLon());
    var ranges = new ArrayList<CellRange>();
    for (long r = row(box.minLat()); r <= row(box.maxLat()); r++) {
      String prefix = tag + r + ":";
      long runStart = first;
      for (long c = first; c <= last; c++) {
        if (c < last && run(c + 1) == run(c)) {
          continue;
        }
        // Negative names sort backwards: the column nearest zero has the smallest name.
        ranges.add(c < 0 ? new CellRange(prefix + c, prefix + runStart) : new CellRange(prefix + runStart, prefix + c));
        runStart = c + 1;
      }
    }
    return ranges;
  }

  /**
   * Index ranges for a search of this circle: the exact ranges of {@link #rangesCovering} while they are at
   * most {@link #MAX_EXACT_RANGES}, else {@link #bandsCovering}. Wide circles cover hundreds of rows of dozens
   * of runs each (4,000 km around Tapachula: about 7,000 ranges per category on the coarse grid), and each
   * range is an index seek; a few bands of whole rows cost a few seeks and some candidates more, which the
   * distance filter drops.
   */
  public List<CellRange> seeksCovering(GeoPoint center, double radiusKm) {
    var exact = rangesCovering(center, radiusKm);
    return exact.size() <= MAX_EXACT_RANGES ? exact : bandsCovering(center, radiusKm);
  }

  /**
   * Every cell of the rows the circle's bounding box meets, whatever its column, as one range per run of rows
   * whose names have the same sign and number of digits (names of such rows sort like the rows). A shorter
   * row's name may sort inside a band ("c3:" between "c20:" and "c40:~"): bands may hold a few cells of
   * other rows, never miss one of theirs.
   */
  public List<CellRange> bandsCovering(GeoPoint center, double radiusKm) {
    var box = Box.around(center, radiusKm);
    var bands = new ArrayList<CellRange>();
    long last = row(box.maxLat());
    long start = row(box.minLat());
    for (long r = start; r <= last; r++) {
      if (r == last || Long.signum(r + 1) != Long.signum(r) || digits(Math.abs(r + 1)) != digits(Math.abs(r))) {
        String a = tag + start;
        String b = tag + r;
        bands.add(a.compareTo(b) <= 0 ? new CellRange(a + ":", b + ":~") : new CellRange(b + ":", a + ":~"));
        start = r + 1;
      }
    }
    return bands;
  }

  /** Columns of one run share a range: widest names by sign and tens, any other name on its own. */
  private long run(long column) {
    if (digits(Math.abs(column)) < widestColumn) {
      return column * 10;
    }
    return column < 0 ? -(-column / 10) * 10 - 5 : (column / 10) * 10 + 5;
  }

  private static int digits(long value) {
    return Long.toString(value).length();
  }

  private long row(double latitude) {
    return (long) Math.floor(latitude / degrees);
  }

  private long column(double longitude) {
    return (long) Math.floor(longitude / degrees);
  }

  /** The bounding box of a circle, widened in longitude at the latitude farthest from the equator. */
  private record Box(double minLat, double maxLat, double minLon, double maxLon) {
    static Box around(GeoPoint center, double radiusKm) {
      double dLat = radiusKm / KM_PER_DEGREE;
      double minLat = Math.max(-90, center.latitude() - dLat);
      double maxLat = Math.min(90, center.latitude() + dLat);
      double widestCos = Math.max(0.01, Math.cos(Math.toRadians(Math.max(Math.abs(minLat), Math.abs(maxLat)))));
      double dLon = Math.min(180, radiusKm / (KM_PER_DEGREE * widestCos));
      return new Box(minLat, maxLat, center.longitude() - dLon, center.longitude() + dLon);
    }
  }
}
