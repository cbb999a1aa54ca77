package enlace.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.Municipality;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.municipality.MunicipalityRepository;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

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

  @Test
  void shouldGiveAStoreWhosePasswordFileIsGoneANewPasswordAndRefuseTheOldOne(@TempDir Path dir) throws Exception {
    var settings = GraphSettings.embedded(dir).withPageCacheBytes(8L << 20).withQueryTimeout(Duration.ofSeconds(30));
    String old;
    try (var first = Graph.open(settings)) {
      old = StorePassword.read(dir).orElseThrow();
      first.execute("CREATE (:Marker {name: 'kept'})", Map.of());
    }
    Files.delete(StorePassword.file(dir));
    try (var second = Graph.open(settings)) {
      var renewed = StorePassword.read(dir).orElseThrow();
      assertNotEquals(old, renewed);
      assertEquals(1L, count(second.uri(), AuthTokens.basic(StorePassword.USER, renewed)));
      assertThrows(AuthenticationException.class, () -> count(second.uri(), AuthTokens.basic(StorePassword.USER, old)));
    }
  }

  private static long count(URI uri, AuthToken auth) {
    try (var driver = GraphDatabase.driver(uri, auth); var session = driver.session()) {
      return session.run("MATCH (m:Marker) RETURN count(m) AS n").single().get("n").asLong();
    }
  }
}
