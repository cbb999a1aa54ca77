package enlace.broker.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.web.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console signs in at a real OAuth2 server (mock-oauth2-server) with the authorization-code flow and PKCE. */
class ConsoleSignInIT {

  @Test
  void shouldSignInAtTheIdentityProviderWithPkce() throws Exception {
    var node = SecurityTestNode.get();
    var output = BrowserTest.run("console-login.test.mjs", BrowserTest.SCREENSHOTS.resolve("console-login.png"),
        List.of("--base", node.uri("").toString(), "--issuer", node.issuer(SecurityTestNode.PARTNERS)));
    assertTrue(output.contains("provider sign-in: passed"), output);
  }
}
