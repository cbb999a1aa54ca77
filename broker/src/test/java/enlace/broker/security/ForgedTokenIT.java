package enlace.broker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens signed with the real keys of a configured issuer (found through discovery), each wrong in
 * one way, sent over HTTP: every one gets the same 401 and the same body, whatever check failed.
 */
class ForgedTokenIT {

  private static SecurityTestNode fixture;
  private static RSAKey key;
  private static String issuer;

  @BeforeAll
  static void start() {
    fixture = SecurityTestNode.get();
    key = fixture.keys.key(SecurityTestNode.PARTNERS);
    issuer = fixture.issuer(SecurityTestNode.PARTNERS);
  }

  private static JWTClaimsSet.Builder claims() {
    return Tokens.claims(issuer, SecurityTestNode.AUDIENCE);
  }

  private static void assertRejected(String token) {
    var response = fixture.whoami(token);
    assertEquals(401, response.statusCode(), response.body());
    assertEquals("Bearer error=\"invalid_token\"", response.headers().firstValue("WWW-Authenticate").orElse(""));
    assertEquals(new JsonObject().put("error", "invalid_token"), new JsonObject(response.body()));
  }

  @Test
  void acceptsAWellFormedToken() {
    var response = fixture.whoami(Tokens.sign(claims().build(), key));
    assertEquals(200, response.statusCode(), response.body());
    var whoami = new JsonObject(response.body()).getJsonObject("data").getJsonObject("whoami");
    assertEquals("partner-app", whoami.getString("subject"));
    assertEquals("org-partners", whoami.getString("organization"));
    assertEquals(issuer, whoami.getString("issuer"));
  }

  @Test
  void acceptsClocksUpToSixtySecondsApart() {
    var now = Instant.now();
    var token = claims().expirationTime(Date.from(now.minusSeconds(30)))
        .notBeforeTime(Date.from(now.plusSeconds(30))).build();
    assertEquals(200, fixture.whoami(Tokens.sign(token, key)).statusCode());
  }

  @Test
  void rejectsAlgNone() {
    assertRejected(Tokens.unsigned(claims().build(), key));
  }

  @Test
  void rejectsHmacKeyedWithThePublicKey() {
    assertRejected(Tokens.hmacWithPublicKey(claims().build(), key));
  }

  @Test
  void rejectsAnotherType() {
    assertRejected(Tokens.sign(Tokens.header(key).type(JOSEObjectType.JWT).build(), claims().build(), key));
    assertRejected(Tokens.sign(Tokens.header(key).type(null).build(), claims().build(), key));
  }

  @Test
  void rejectsAnIdToken() {
    var idToken = claims().audience(SecurityTestNode.CLIENT).claim("nonce", "n-0S6_WzA2Mj")
        .claim("auth_time", Instant.now().getEpochSecond()).claim("azp", SecurityTestNode.CLIENT).build();
    assertRejected(Tokens.sign(Tokens.header(key).type(JOSEObjectType.JWT).build(), idToken, key));
  }

  @Test
  void rejectsAnotherAudience() {
    assertRejected(Tokens.sign(claims().audience("urn:enlace:node:elsewhere").build(), key));
    assertRejected(Tokens.sign(claims().audience((String) null).build(), key));
  }

  @Test
  void rejectsAnotherIssuer() {
    assertRejected(Tokens.sign(claims().issuer("https://idp.example.org/").build(), key));
    assertRejected(Tokens.sign(claims().issuer(issuer + "/").build(), key));
    assertRejected(Tokens.sign(claims().issuer(DevelopmentIssuer.ISSUER).build(), key));
  }

  @Test
  void rejectsAnExpiredToken() {
    var now = Instant.now();
    assertRejected(Tokens.sign(claims().issueTime(Date.from(now.minusSeconds(900)))
        .notBeforeTime(Date.from(now.minusSeconds(900))).expirationTime(Date.from(now.minusSeconds(61 + 5))).build(),
        key));
  }

  @Test
  void rejectsATokenNotYetValid() {
    assertRejected(Tokens.sign(claims().notBeforeTime(Date.from(Instant.now().plusSeconds(120))).build(), key));
  }

  @Test
  void rejectsAnUnknownKeyId() {
    var stranger = TestKeys.rsaKey("stranger");
    assertRejected(Tokens.sign(claims().build(), stranger));
    var impostor = TestKeys.rsaKey(key.getKeyID());
    assertRejected(Tokens.sign(claims().build(), impostor));
  }

  @Test
  void rejectsATokenWithoutTheRequiredClaims() {
    for (var claim : new String[] {"sub", "client_id", "iat", "jti", "exp"}) {
      assertRejected(Tokens.sign(claims().claim(claim, null).build(), key));
    }
  }

  @Test
  void rejectsATamperedPayload() {
    var token = Tokens.sign(claims().build(), key);
    assertEquals(200, fixture.whoami(token).statusCode());
    assertRejected(Tokens.withPayload(token, claims().claim("scope", "directory:write coordinator").build()));
  }

  @Test
  void rejectsMalformedHeaders() {
    assertRejected("not-a-jwt");
    assertRejected("");
    var response = SecurityTestNode.send(HttpRequest.newBuilder(fixture.uri("/graphql"))
        .header("Content-Type", "application/json").header("Authorization", "Basic dXNlcjpwYXNz")
        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ whoami { subject } }\"}")).build());
    assertEquals(401, response.statusCode());
    assertFalse(response.body().contains("whoami"));
  }
}
