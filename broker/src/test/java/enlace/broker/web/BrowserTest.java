package enlace.broker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import enlace.broker.Programs;
import enlace.broker.TestNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a script of {@code src/test/browser} (playwright-core driving the machine's headless Chromium)
 * against the test node, installing the script's npm packages the first time. Without Chromium or node the
 * test is skipped on a developer's machine and fails in CI ({@code CI} set), where {@code .ci/run}
 * installs both.
 */
public final class BrowserTest {

  static final Path SCRIPTS = Path.of("src", "test", "browser");
  public static final Path SCREENSHOTS = Path.of("target", "browser");
  /** The packages of package.json; npm installs them when one is missing. */
  static final List<String> DEPENDENCIES = List.of("playwright-core", "axe-core");

  private BrowserTest() {}

  /** Runs {@code script} and returns its output; fails with that output when the script fails. */
  static String run(String script, Path screenshot) throws IOException, InterruptedException {
    return run(script, screenshot, List.of());
  }

  /** As {@link #run(String, Path)}, with more {@code --name value} arguments (a later --base wins). */
  public static String run(String script, Path screenshot, List<String> arguments) throws IOException, InterruptedException {
    return run(script, screenshot, TestNode.node().baseUrl().toString(), arguments);
  }

  /** As {@link #run(String, Path, List)} against the node at {@code base} (not the test node). */
  public static String run(String script, Path screenshot, String base, List<String> arguments)
      throws IOException, InterruptedException {
    var chromium = Path.of(System.getenv().getOrDefault("ENLACE_CHROMIUM", "/usr/bin/chromium"));
    boolean ci = System.getenv("CI") != null;
    boolean ready = Files.isExecutable(chromium) && Programs.onPath("node") && Programs.onPath("npm");
    Assumptions.assumeTrue(ready || ci, "no Chromium at " + chromium + " or no node/npm: browser test skipped");
    if (DEPENDENCIES.stream().anyMatch(d -> !Files.isDirectory(SCRIPTS.resolve("node_modules").resolve(d)))) {
      exec(List.of("npm", "install", "--no-audit", "--no-fund"), 300);
    }
    var command = new ArrayList<>(List.of("node", script, "--base", base,
        "--screenshot", screenshot.toAbsolutePath().toString()));
    command.addAll(arguments);
    return exec(command, 180);
  }

  private static String exec(List<String> command, int seconds) throws IOException, InterruptedException {
    var run = Programs.run(command, SCRIPTS, seconds);
    assertEquals(0, run.exit(), String.join(" ", command) + " failed:\n" + run.output());
    return run.output();
  }
}
