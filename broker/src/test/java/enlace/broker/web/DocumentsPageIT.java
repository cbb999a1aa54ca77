package enlace.broker.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class DocumentsPageIT {

  @Test
  void shouldShowWhatEachDocumentAllowsFromTheOntologyInARealBrowser() throws Exception {
    var screenshot = BrowserTest.SCREENSHOTS.resolve("documentos.png");
    Files.deleteIfExists(screenshot);
    var output = BrowserTest.run("documents.test.mjs", screenshot);
    assertTrue(output.contains("documents page: passed"), output);
    assertTrue(output.contains("axe documents near Tapachula"), output);
    assertTrue(Files.size(screenshot) > 20_000, "the screenshot shows the page: " + Files.size(screenshot) + " bytes");
  }
}
