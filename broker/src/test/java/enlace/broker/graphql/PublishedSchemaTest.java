package enlace.broker.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed SDL is the contract partners build on: the schema may not change without it. */
class PublishedSchemaTest {

  static final Path COMMITTED = Path.of("api/schema.graphql");

  @Test
  void theSchemaIsTheCommittedContract() throws Exception {
    var committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
    assertEquals(committed, PublishedSchema.sdl(), "the GraphQL schema changed but " + COMMITTED + " did not: run"
        + " `./enlace schema --out broker/api/schema.graphql`, review the difference, and list it in"
        + " broker/api/CHANGELOG.md");
  }

  @Test
  void thePublishedSchemaKeepsDescriptionsAndDeprecations() {
    var sdl = PublishedSchema.sdl();
    assertTrue(sdl.contains("\"\"\"") || sdl.contains("\"Services"), "descriptions are printed");
    assertTrue(sdl.contains("@deprecated(reason"), "deprecations keep their reason");
    assertTrue(sdl.contains("searchServices("), "the directory's queries are there");
    assertTrue(!sdl.contains("__schema") && !sdl.contains("__Type"), "introspection types are not part of the SDL");
  }
}
