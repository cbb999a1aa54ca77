package enlace.broker.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class CoordinatorPageIT {

  @Test
  void shouldDrawTheRegionsGapsInARealBrowser() throws Exception {
    var screenshot = BrowserTest.SCREENSHOTS.resolve("coordinator.png");
    Files.deleteIfExists(screenshot);
    var output = BrowserTest.run("coordinator.test.mjs", screenshot);
    assertTrue(output.contains("coordinator page: passed"), output);
    assertTrue(Files.size(screenshot) > 20_000, "the screenshot shows the page: " + Files.size(screenshot) + " bytes");
  }
}
