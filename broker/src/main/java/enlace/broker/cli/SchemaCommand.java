package enlace.broker.cli;

import enlace.broker.graphql.PublishedSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the GraphQL API's SDL, as a node serves it at /graphql/schema.graphql. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Escribe el esquema GraphQL (SDL) de la API, el mismo que sirve /graphql/schema.graphql.",
        "Writes the API's GraphQL schema (SDL), the one /graphql/schema.graphql serves.",
        "Tras cambiar el esquema / after changing the schema: enlace schema --out broker/api/schema.graphql"})
final class SchemaCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "FILE", description = "el archivo / the file (default: standard output)")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (out == null) {
      System.out.print(PublishedSchema.sdl());
    } else {
      Files.writeString(out, PublishedSchema.sdl(), StandardCharsets.UTF_8);
      System.err.println("esquema escrito en / schema written to " + out + " (sha256 " + PublishedSchema.sha256()
          + ")");
    }
    return 0;
  }
}
