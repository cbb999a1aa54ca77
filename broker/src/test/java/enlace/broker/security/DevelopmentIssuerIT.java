package enlace.broker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The node's own issuer: a key in the data directory, its JWKS served, its tokens accepted by its node only. */
class DevelopmentIssuerIT {

  private static SecurityTestNode fixture;
  private static DevelopmentIssuer issuer;

  @BeforeAll
  static void start() {
    fixture = SecurityTestNode.get();
    issuer = DevelopmentIssuer.open(fixture.developmentKeys, Optional.empty(), Clock.systemUTC());
  }

  private static String token(Set<Scope> scopes) {
    return issuer.issue("ana", Optional.of("org-dam-tapachula"), Optional.of("south"), scopes, Duration.ofMinutes(5));
  }

  @Test
  void acceptsItsTokensForTheNodeThatLastUsedTheDataDirectory() {
    assertEquals(SecurityTestNode.AUDIENCE, issuer.audience());
    var response = fixture.whoami(token(Set.of(Scope.COORDINATOR, Scope.REFERRAL_READ)));
    assertEquals(200, response.statusCode(), response.body());
    var whoami = new JsonObject(response.body()).getJsonObject("data").getJsonObject("whoami");
    assertEquals("ana", whoami.getString("subject"));
    assertEquals(DevelopmentIssuer.CLIENT_ID, whoami.getString("clientId"));
    assertEquals("org-dam-tapachula", whoami.getString("organization"));
    assertEquals("south", whoami.getString("region"));
    assertEquals(new JsonArray().add("coordinator").add("referral:read"), whoami.getJsonArray("scopes"));
    assertEquals(DevelopmentIssuer.ISSUER, whoami.getString("issuer"));
  }

  @Test
  void servesItsPublicKeyAsAJwkSet() throws Exception {
    var response = SecurityTestNode.send(HttpRequest.newBuilder(fixture.uri(DevelopmentIssuer.JWKS_PATH)).GET().build());
    assertEquals(200, response.statusCode());
    assertEquals("application/jwk-set+json", response.headers().firstValue("Content-Type").orElse(""));
    var keys = JWKSet.parse(response.body());
    var kid = SignedJWT.parse(token(Set.of())).getHeader().getKeyID();
    assertEquals(3, keys.size(), "the development issuer's key and the node's own signing and encryption keys");
    assertNotNull(keys.getKeyByKeyId(kid));
    assertEquals(false, keys.getKeys().getFirst().isPrivate());
  }

  @Test
  void keepsTheSigningKeyOwnerOnly() throws Exception {
    var file = fixture.developmentKeys.resolve("dev-issuer").resolve("signing-key.json");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void answersWhoamiWithUnauthenticatedWithoutAToken() {
    var response = fixture.whoami(null);
    assertEquals(200, response.statusCode(), response.body());
    var body = new JsonObject(response.body());
    assertNull(body.getJsonObject("data").getValue("whoami"));
    assertEquals("UNAUTHENTICATED",
        body.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"));
  }

  @Test
  void rejectsTheTokensOfAnotherNodesIssuer() {
    var otherNode = DevelopmentIssuer.open(TestGraph.graph().settings().dataDir(), Optional.of(SecurityTestNode.AUDIENCE),
        Clock.systemUTC());
    var token = otherNode.issue("ana", Optional.of("org"), Optional.empty(), Set.of(), Duration.ofMinutes(5));
    assertEquals(401, fixture.whoami(token).statusCode());
  }

  @Test
  void refusesLifetimesOverADay() {
    assertThrows(IllegalArgumentException.class, () -> issuer.issue("ana", Optional.empty(), Optional.empty(),
        Set.of(), Duration.ofHours(25)));
  }
}
