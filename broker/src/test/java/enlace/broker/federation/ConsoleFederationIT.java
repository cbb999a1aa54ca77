package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.security.DevelopmentIssuer;
import enlace.broker.security.Scope;
import enlace.broker.web.BrowserTest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The office console across regions in two real browsers: the Tapachula DAM on the south refers a family to
 * the centre's family shelter from a federated search result; the shelter, on the centre, sees it arrive live
 * and accepts; the DAM's outbox shows it accepted (see console-federation.test.mjs).
 */
class ConsoleFederationIT {

  @Test
  void shouldReferToAnotherRegionFromAFederatedSearchResult() throws Exception {
    var centre = FederationNodes.uri("centre", "").toString();
    var output = BrowserTest.run("console-federation.test.mjs",
        BrowserTest.SCREENSHOTS.resolve("console-federation.png"), FederationNodes.uri("south", "").toString(),
        List.of("--token", token("south", "demo-org-tap-dam"), "--centre", centre,
            "--centre-token", token("centre", "demo-org-cdmx-alb-familias")));
    assertTrue(output.contains("console across regions: passed"), output);
    System.out.println(output);
  }

  private static String token(String node, String organization) {
    var dataDir = FederationNodes.config(node).graph().dataDir();
    return DevelopmentIssuer.open(dataDir, Optional.empty(), Clock.systemUTC())
        .issue("test-" + UUID.randomUUID(), Optional.of(organization), Optional.empty(),
            Set.of(Scope.REFERRAL_WRITE, Scope.REFERRAL_READ), Duration.ofMinutes(10));
  }
}
