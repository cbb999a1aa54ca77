package enlace.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/** The embedded store's Bolt port answers only to the password kept owner-only in the data directory. */
class StoreAuthenticationIT {

  private static long countWith(AuthToken auth) {
    try (var driver = GraphDatabase.driver(TestGraph.graph().uri(), auth);
         var session = driver.session()) {
      return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
    }
  }

  @Test
  void shouldRefuseABoltConnectionWithoutCredentials() {
    assertThrows(AuthenticationException.class, () -> countWith(AuthTokens.none()));
  }

  @Test
  void shouldRefuseABoltConnectionWithTheWellKnownDefaultOrAWrongPassword() {
    assertThrows(AuthenticationException.class, () -> countWith(AuthTokens.basic("neo4j", "neo4j")));
    assertThrows(AuthenticationException.class, () -> countWith(AuthTokens.basic("neo4j", "guessed-password")));
  }

  @Test
  void shouldAcceptTheGeneratedPasswordFromTheDataDirectory() {
    var password = StorePassword.read(TestGraph.graph().settings().dataDir()).orElseThrow();
    assertTrue(password.length() >= 40, "256 random bits, base64: " + password.length() + " characters");
    assertTrue(countWith(AuthTokens.basic(StorePassword.USER, password)) >= 0);
  }

  @Test
  void shouldKeepThePasswordFileOwnerOnly() throws Exception {
    var file = StorePassword.file(TestGraph.graph().settings().dataDir());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
  }
}
