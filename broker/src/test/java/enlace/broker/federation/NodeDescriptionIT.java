package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** GET /.well-known/enlace-node and the node key among /.well-known/jwks.json. */
class NodeDescriptionIT {

  @Test
  void describesTheNodeItsRegionAndItsOntology() {
    var response = FederationNodes.send(HttpRequest.newBuilder(FederationNodes.uri("centre", NodeDescription.PATH))
        .GET().build());
    assertEquals(200, response.statusCode());
    var json = new JsonObject(response.body());
    assertEquals("centre", json.getString("id"));
    assertEquals("centre", json.getString("region"));
    assertTrue(json.getJsonArray("states").contains("09"), "Ciudad de México is in the centre");
    assertEquals(NodeDescription.API_VERSION, json.getString("apiVersion"));
    assertTrue(json.getString("ontologyVersion").matches("\\d+\\.\\d+.*"), json.getString("ontologyVersion"));
    assertEquals(json.getString("publicUrl") + "/.well-known/jwks.json", json.getString("jwksUri"));
  }

  @Test
  void publishesTheKeyItSignsNodeTokensWith() throws Exception {
    var response = FederationNodes.send(HttpRequest.newBuilder(FederationNodes.uri("south", "/.well-known/jwks.json"))
        .GET().build());
    assertEquals(200, response.statusCode());
    var token = FederationNodes.node("south").federation().orElseThrow().key().tokenFor("centre");
    var kid = SignedJWT.parse(token).getHeader().getKeyID();
    assertNotNull(JWKSet.parse(response.body()).getKeyByKeyId(kid));
  }
}
