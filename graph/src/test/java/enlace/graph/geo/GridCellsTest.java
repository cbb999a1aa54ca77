package enlace.graph.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GridCellsTest {

  private static final List<GeoPoint> CENTERS = List.of(
      new GeoPoint(14.9056, -92.2636),   // Tapachula
      new GeoPoint(19.4326, -99.1332),   // Mexico City
      new GeoPoint(32.5149, -117.0382),  // Tijuana
      new GeoPoint(0.01, -0.02),         // where signs change
      new GeoPoint(-4.99, 4.99),         // where column names gain a digit
      new GeoPoint(49.99, -49.99),
      new GeoPoint(5.02, 50.03));

  /** Every name the grid can give in the rows of the search falls in a range exactly when its cell is covered. */
  @Test
  void shouldRangeOverExactlyTheCellsOfTheBoundingBox() {
    for (var grid : GridCells.values()) {
      int widest = (int) Math.ceil(180 / (grid == GridCells.FINE ? 0.05 : 0.5));
      for (var center : CENTERS) {
        for (double radius : new double[] {2, 5, 25, 100}) {
          var cells = Set.copyOf(grid.cellsCovering(center, radius));
          var ranges = grid.rangesCovering(center, radius);
          var rows = new HashSet<String>();
          cells.forEach(cell -> rows.add(cell.substring(0, cell.indexOf(':') + 1)));
          var inRanges = new HashSet<String>();
          for (var row : rows) {
            var ofRow = ranges.stream().filter(r -> r.from().startsWith(row)).toList();
            for (int column = -widest; column <= widest; column++) {
              var name = row + column;
              if (ofRow.stream().anyMatch(r -> r.from().compareTo(name) <= 0 && name.compareTo(r.to()) <= 0)) {
                inRanges.add(name);
              }
            }
          }
          assertEquals(cells, inRanges, grid + " around " + center + " within " + radius + " km");
        }
      }
    }
  }

  @Test
  void shouldNeedAtMostTwoRangesPerRowForTwentyFiveKilometresInMexico() {
    var center = new GeoPoint(19.4326, -99.1332);
    var ranges = GridCells.FINE.rangesCovering(center, 25);
    var cells = GridCells.FINE.cellsCovering(center, 25);
    long rows = cells.stream().map(c -> c.substring(0, c.indexOf(':'))).distinct().count();
    assertTrue(cells.size() >= 100, "cells: " + cells.size());
    assertTrue(ranges.size() <= 2 * rows, ranges.size() + " ranges for " + rows + " rows");
  }

  /** A wide circle's seeks are a few bands of whole rows, and every cell of those rows lies in one. */
  @Test
  void shouldSeekWholeRowsInAFewBandsForWideCircles() {
    for (var center : CENTERS) {
      for (double radius : new double[] {1_000, 4_000}) {
        var seeks = GridCells.COARSE.seeksCovering(center, radius);
        assertTrue(seeks.size() <= 8, seeks.size() + " seeks around " + center + " within " + radius + " km");
        var rows = GridCells.COARSE.cellsCovering(center, radius).stream()
            .map(cell -> cell.substring(0, cell.indexOf(':') + 1)).distinct().toList();
        for (var row : rows) {
          for (int column = -360; column <= 360; column += 7) {
            var name = row + column;
            assertTrue(seeks.stream().anyMatch(r -> r.from().compareTo(name) <= 0 && name.compareTo(r.to()) <= 0),
                name + " around " + center + " within " + radius + " km");
          }
        }
      }
    }
  }

  @Test
  void shouldKeepExactRangesForNarrowCircles() {
    var center = new GeoPoint(19.4326, -99.1332);
    assertEquals(GridCells.FINE.rangesCovering(center, 25), GridCells.FINE.seeksCovering(center, 25));
  }
}
