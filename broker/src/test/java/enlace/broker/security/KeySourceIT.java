package enlace.broker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where verification keys come from: only the issuer's JWKS, cached through outages, refreshed on rotation. */
class KeySourceIT {

  private static SecurityTestNode fixture;

  @BeforeAll
  static void start() {
    fixture = SecurityTestNode.get();
  }

  @Test
  void acceptsAClientCredentialsTokenFromARealServerThroughDiscovery() {
    var token = fixture.clientCredentials(SecurityTestNode.PARTNERS, "directory:write");
    var response = fixture.whoami(token);
    assertEquals(200, response.statusCode(), response.body());
    assertFalse(response.body().contains("errors"), response.body());
    assertEquals(true, response.body().contains("\"clientId\":\"partner-app\""), response.body());
    assertEquals(true, response.body().contains("\"scopes\":[\"directory:write\"]"), response.body());
  }

  @Test
  void picksUpARotatedKey() throws Exception {
    var before = fixture.clientCredentials(SecurityTestNode.ROTATING, "directory:write");
    assertEquals(200, fixture.whoami(before).statusCode());
    fixture.keys.rotate(SecurityTestNode.ROTATING);
    var after = fixture.clientCredentials(SecurityTestNode.ROTATING, "directory:write");
    assertNotEquals(kid(before), kid(after));
    var response = fixture.whoami(after);
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void keepsValidatingKnownKeysWhileTheJwksEndpointIsDown() throws Exception {
    var token = fixture.clientCredentials(SecurityTestNode.FLAKY, "directory:write");
    assertEquals(200, fixture.whoami(token).statusCode());
    fixture.stopFlakyIssuer();
    Thread.sleep(2_500);
    var response = fixture.whoami(token);
    assertEquals(200, response.statusCode(), response.body());
    var unknown = Tokens.sign(Tokens.claims(fixture.issuer(SecurityTestNode.FLAKY), SecurityTestNode.AUDIENCE)
        .build(), TestKeys.rsaKey("not-published"));
    assertEquals(401, fixture.whoami(unknown).statusCode());
  }

  @Test
  void neverFetchesAKeyFromWhereTheTokenPoints() throws Exception {
    var attacker = TestKeys.rsaKey("attacker");
    var fetched = new AtomicInteger();
    var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/jwks.json", exchange -> {
      fetched.incrementAndGet();
      var body = new JWKSet(attacker.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      var jku = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json");
      var claims = Tokens.claims(fixture.issuer(SecurityTestNode.PARTNERS), SecurityTestNode.AUDIENCE).build();
      assertEquals(401, fixture.whoami(Tokens.sign(Tokens.header(attacker).jwkURL(jku).build(), claims, attacker))
          .statusCode());
      assertEquals(401, fixture.whoami(Tokens.sign(Tokens.header(attacker).jwk(attacker.toPublicJWK()).build(),
          claims, attacker)).statusCode());
      assertEquals(0, fetched.get());
    } finally {
      server.stop(0);
    }
  }

  private static String kid(String token) throws Exception {
    return SignedJWT.parse(token).getHeader().getKeyID();
  }
}
