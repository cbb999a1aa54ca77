package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FederationConfigTest {

  private static FederationSettings parse(String json, Map<String, String> env) {
    return FederationConfig.parse(new JsonObject(json), Path.of("data"), env);
  }

  @Test
  void readsPeersTimeoutsAndThePublicUrl() {
    var settings = parse("""
        {"publicUrl": "http://127.0.0.1:8181", "peerTimeoutMs": 500, "deadlineMs": 900,
         "peers": [{"id": "centre", "baseUrl": "http://127.0.0.1:8182/", "states": ["09", "15"]}]}""", Map.of());
    assertEquals(Optional.of(URI.create("http://127.0.0.1:8181")), settings.publicUrl());
    assertEquals(Duration.ofMillis(500), settings.peerTimeout());
    assertEquals(Duration.ofMillis(900), settings.deadline());
    var centre = settings.peers().getFirst();
    assertEquals(URI.create("http://127.0.0.1:8182/graphql"), centre.graphql());
    assertEquals(Set.of("09", "15"), centre.states());
    assertEquals(Optional.of(Path.of("data")), settings.keyDir());
  }

  @Test
  void theEnvironmentOverridesThePublicUrl() {
    var settings = parse("{\"publicUrl\": \"http://a\"}", Map.of("ENLACE_PUBLIC_URL", "https://sur.example.org"));
    assertEquals(Optional.of(URI.create("https://sur.example.org")), settings.publicUrl());
  }

  @Test
  void theProposalRadiusIsTwoThousandKilometresUnlessSetAndMustBePositive() {
    assertEquals(2_000, parse("{}", Map.of()).proposalRadiusKm());
    assertEquals(900, parse("{\"proposalRadiusKm\": 900}", Map.of()).proposalRadiusKm());
    assertThrows(IllegalArgumentException.class, () -> parse("{\"proposalRadiusKm\": 0}", Map.of()));
  }

  @Test
  void namesThePeerThatIsWrong() {
    var error = assertThrows(IllegalArgumentException.class, () -> parse("""
        {"peers": [{"id": "centre", "baseUrl": "http://c"}, {"id": "north", "baseUrl": "http://n", "states": ["2"]}]}""",
        Map.of()));
    assertTrue(error.getMessage().startsWith("federation.peers[1]"), error.getMessage());
  }

  @Test
  void refusesAPeerNamedTwiceAndADeadlineShorterThanOnePeer() {
    assertThrows(IllegalArgumentException.class, () -> parse("""
        {"peers": [{"id": "c", "baseUrl": "http://c"}, {"id": "c", "baseUrl": "http://d"}]}""", Map.of()));
    assertThrows(IllegalArgumentException.class, () -> parse("{\"peerTimeoutMs\": 2000, \"deadlineMs\": 1000}",
        Map.of()));
  }
}
