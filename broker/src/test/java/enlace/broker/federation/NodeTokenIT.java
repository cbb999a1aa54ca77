package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import enlace.broker.security.NodeKey;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A peer's node token opens a node's API to it; a forged, misdirected, replayed or stale one does not. */
class NodeTokenIT {

  private static final String WHOAMI = "{ whoami { subject clientId scopes issuer } }";

  private static NodeKey south() {
    return FederationNodes.node("south").federation().orElseThrow().key();
  }

  private static int status(String token) {
    return FederationNodes.post("centre", token, WHOAMI, null).statusCode();
  }

  @Test
  void acceptsAPeersTokenAsThatPeerWithTheFederationScope() {
    var response = FederationNodes.post("centre", south().tokenFor("centre"), WHOAMI, null);
    assertEquals(200, response.statusCode(), response.body());
    var caller = new JsonObject(response.body()).getJsonObject("data").getJsonObject("whoami");
    assertEquals("urn:enlace:node:south", caller.getString("issuer"));
    assertEquals("south", caller.getString("clientId"));
    assertEquals(List.of("federation"), caller.getJsonArray("scopes").getList());
  }

  @Test
  void refusesATokenSignedWithAnotherKey() throws IOException {
    var impostor = NodeKey.open(Files.createTempDirectory("impostor"), "south", Clock.systemUTC());
    assertEquals(401, status(impostor.tokenFor("centre")));
  }

  @Test
  void refusesATokenForAnotherNode() {
    assertEquals(401, status(south().tokenFor("north")));
  }

  @Test
  void refusesAReplayedTokenId() {
    var token = south().tokenFor("centre");
    assertEquals(200, status(token));
    assertEquals(401, status(token));
    assertEquals(401, status(south().tokenFor("centre", Duration.ofSeconds(30), tokenId(token))));
  }

  @Test
  void refusesAnExpiredToken() {
    assertEquals(401, status(south().tokenFor("centre", Duration.ofMinutes(-5), UUID.randomUUID().toString())));
  }

  @Test
  void refusesATokenThatLivesLongerThanAMinute() {
    assertEquals(401, status(south().tokenFor("centre", Duration.ofMinutes(10), UUID.randomUUID().toString())));
  }

  @Test
  void refusesANodeThatIsNotAPeer() throws IOException {
    var stranger = NodeKey.open(Files.createTempDirectory("stranger"), "east", Clock.systemUTC());
    assertEquals(401, status(stranger.tokenFor("centre")));
  }

  private static String tokenId(String token) {
    try {
      return com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
    } catch (java.text.ParseException e) {
      throw new AssertionError(e);
    }
  }
}
