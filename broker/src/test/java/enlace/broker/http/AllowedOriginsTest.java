package enlace.broker.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedOriginsTest {

  private final AllowedOrigins origins = new AllowedOrigins(() -> URI.create("http://node.example.org:8080"),
      List.of("https://dam.example.org"));

  @Test
  void allowsTheNodesOwnOriginUnderItsNamesAndTheConfiguredOnes() {
    assertTrue(origins.allows("http://node.example.org:8080"));
    assertTrue(origins.allows("http://localhost:8080"));
    assertTrue(origins.allows("http://127.0.0.1:8080"));
    assertTrue(origins.allows("https://dam.example.org"));
  }

  @Test
  void refusesOtherOriginsPortsAndSchemes() {
    assertFalse(origins.allows("https://evil.example.com"));
    assertFalse(origins.allows("http://node.example.org:9090"));
    assertFalse(origins.allows("https://node.example.org:8080"));
    assertFalse(origins.allows("https://dam.example.org:444"));
  }

  @Test
  void refusesEverythingButTheListBeforeTheNodeKnowsItsOwnOrigin() {
    var starting = new AllowedOrigins(() -> null, List.of());
    assertFalse(starting.allows("http://localhost:8080"));
  }
}
