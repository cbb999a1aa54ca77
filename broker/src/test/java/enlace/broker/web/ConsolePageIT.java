package enlace.broker.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The office console in two real browsers: a Tapachula DAM refers a TVRH family to the family shelter with
 * consent, the shelter sees it arrive live and accepts, the DAM sees it accepted (then cancels it, so the
 * demo's bed comes back). Forms are tried with bad input; axe-core checks search, match and inbox.
 */
class ConsolePageIT {

  @Test
  void shouldReferAFamilyAndFollowItLiveInTwoBrowsers() throws Exception {
    var screenshot = BrowserTest.SCREENSHOTS.resolve("console.png");
    Files.deleteIfExists(screenshot);
    var output = BrowserTest.run("console.test.mjs", screenshot);
    assertTrue(output.contains("office console: passed"), output);
    assertTrue(output.contains("axe inbox: "), output);
    try (var shots = Files.list(BrowserTest.SCREENSHOTS)) {
      long steps = shots.filter(p -> p.getFileName().toString().startsWith("console-")).count();
      assertTrue(steps >= 9, "a screenshot per step: " + steps);
    }
  }
}
