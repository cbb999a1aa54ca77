package enlace.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.Municipality;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.municipality.MunicipalityRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphRestartIT {

  @Test
  void shouldKeepTheDataWhenTheNodeRestartsOnTheSameDirectory(@TempDir Path dir) {
    var tijuana = new Municipality(new MunicipalityCode("02004"), "Tijuana", "02", "Baja California",
        new GeoPoint(32.5027, -117.00371), null);
    try (var first = Graph.open(GraphSettings.embedded(dir).withPageCacheBytes(8L << 20))) {
      new MunicipalityRepository(first).upsertAll(List.of(tijuana)).toCompletableFuture().join();
    }
    try (var second = Graph.open(GraphSettings.embedded(dir).withPageCacheBytes(8L << 20))) {
      var found = new MunicipalityRepository(second).byCode(tijuana.code()).toCompletableFuture().join();
      assertTrue(found.isPresent(), "Tijuana survives the restart");
      assertEquals("Baja California", found.get().stateName());
    }
  }
}
