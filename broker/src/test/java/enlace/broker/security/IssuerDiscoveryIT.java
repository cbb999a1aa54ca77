package enlace.broker.security;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.node.Node;
import enlace.graph.TestGraph;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A discovery document that cannot be read, or names another issuer, stops the node with the issuer's name. */
class IssuerDiscoveryIT {

  private static String startupFailure(IssuerSettings issuer) {
    var config = TestNode.node().config().withPort(0).withDemoData(false)
        .withSecurity(SecuritySettings.NONE.withIssuers(List.of(issuer)));
    try (var node = Node.start(config, TestGraph.graph())) {
      var failure = assertThrows(ExecutionException.class, () -> node.ready().get(60, TimeUnit.SECONDS));
      return failure.getCause().getMessage();
    }
  }

  @Test
  void failsToStartWhenTheDiscoveryDocumentIsUnreachable() throws Exception {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var message = startupFailure(IssuerSettings.discovered("https://idp.example.org/realms/enlace",
        URI.create("http://127.0.0.1:" + closedPort + "/.well-known/openid-configuration")));
    assertTrue(message.contains("issuer https://idp.example.org/realms/enlace"), message);
  }

  @Test
  void failsToStartWhenTheDiscoveryDocumentNamesAnotherIssuer() {
    var server = SecurityTestNode.get().server;
    var message = startupFailure(IssuerSettings.discovered("https://idp.example.org/realms/enlace",
        server.wellKnownUrl(SecurityTestNode.PARTNERS).uri()));
    assertTrue(message.contains("names the issuer " + server.issuerUrl(SecurityTestNode.PARTNERS)), message);
  }
}
