package enlace.broker.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.Programs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed SDL may grow but not break what the last release promised: graphql-inspector (npm, installed
 * here the first time) compares the newest schema of {@code api/releases} with {@code api/schema.graphql}. A
 * field may leave only after a release that carried it {@code @deprecated} with a reason. Without node/npm the
 * test is skipped on a developer's machine and fails in CI ({@code CI} set), where {@code .ci/run} installs them.
 */
class SchemaCompatibilityTest {

  static final Path TOOL = Path.of("src", "test", "api");
  static final Path RELEASES = Path.of("api", "releases");

  @Test
  void theCommittedSchemaBreaksNothingTheLastReleasePromised() throws Exception {
    var result = diff(lastRelease(), PublishedSchemaTest.COMMITTED.toAbsolutePath());
    assertEquals(0, result.exit(), "a breaking change against " + lastRelease().getFileName() + ":\n"
        + result.output());
  }

  @Test
  void aRemovedFieldANarrowedArgumentAndAChangedTypeFailTheCheck(@TempDir Path dir) throws Exception {
    var released = Files.readString(lastRelease(), StandardCharsets.UTF_8);
    var broken = changed(changed(changed(released,
        "  unit: String!\n", ""),
        "first: Int = 20, after: String, scope: SearchScope = LOCAL): ServiceConnection!",
        "first: Int!, after: String, scope: SearchScope = LOCAL): ServiceConnection!"),
        "  total: Int!\n  available: Int!", "  total: String!\n  available: Int!");
    var file = Files.writeString(dir.resolve("breaking.graphql"), broken);
    var result = diff(lastRelease(), file);
    assertEquals(1, result.exit(), result.output());
    assertTrue(result.output().contains("Field unit was removed from object type Capacity"), result.output());
    assertTrue(result.output().contains("Capacity.total") && result.output().contains("searchServices"),
        result.output());
  }

  @Test
  void aFieldDeprecatedInAReleaseMayLeaveInTheNext(@TempDir Path dir) throws Exception {
    var released = Files.readString(lastRelease(), StandardCharsets.UTF_8);
    var deprecated = Files.writeString(dir.resolve("deprecated.graphql"), changed(released,
        "  unit: String!\n", "  unit: String! @deprecated(reason: \"every capacity counts places\")\n"));
    var removed = Files.writeString(dir.resolve("removed.graphql"), changed(released, "  unit: String!\n", ""));
    var result = diff(deprecated, removed);
    assertEquals(0, result.exit(), result.output());
    assertTrue(result.output().contains("(deprecated) was removed"), result.output());
  }

  static Path lastRelease() throws IOException {
    try (Stream<Path> files = Files.list(RELEASES)) {
      return files.filter(f -> f.toString().endsWith(".graphql"))
          .max(Comparator.comparing(SchemaCompatibilityTest::version)).orElseThrow().toAbsolutePath();
    }
  }

  /** major.minor as one number that sorts: 1.10 after 1.9. */
  private static long version(Path release) {
    var parts = release.getFileName().toString().replace(".graphql", "").split("\\.");
    return Long.parseLong(parts[0]) * 1_000_000 + (parts.length > 1 ? Long.parseLong(parts[1]) : 0);
  }

  private static String changed(String schema, String from, String to) {
    var out = schema.replace(from, to);
    assertNotEquals(schema, out, "the fixture's change no longer applies to the release: " + from);
    return out;
  }

  record Diff(int exit, String output) {}

  static Diff diff(Path old, Path current) throws IOException, InterruptedException {
    boolean ci = System.getenv("CI") != null;
    Assumptions.assumeTrue(ci || (Programs.onPath("node") && Programs.onPath("npm")), "no node/npm: schema check skipped");
    if (!Files.isDirectory(TOOL.resolve("node_modules/@graphql-inspector/cli"))) {
      var install = exec(List.of("npm", "install", "--no-audit", "--no-fund"), 300);
      assertEquals(0, install.exit(), install.output());
    }
    return exec(List.of("node_modules/.bin/graphql-inspector", "diff", old.toString(), current.toString(),
        "--rule", "suppressRemovalOfDeprecatedField"), 120);
  }

  private static Diff exec(List<String> command, int seconds) throws IOException, InterruptedException {
    var run = Programs.run(command, TOOL, seconds);
    return new Diff(run.exit(), run.output());
  }
}
