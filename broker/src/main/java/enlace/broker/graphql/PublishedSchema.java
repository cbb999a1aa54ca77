package enlace.broker.graphql;

import graphql.schema.DefaultGraphqlTypeComparatorRegistry;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The API's contract as partners read it: the node's whole SDL, descriptions and deprecations included,
 * printed in one canonical order whatever the node's switches (introspection on or off), and its SHA-256.
 * The repository keeps a copy ({@code broker/api/schema.graphql}) that the build compares with this one.
 */
public final class PublishedSchema {

  private static final String TEXT = print();
  private static final String HASH = sha256(TEXT);

  private PublishedSchema() {}

  /** The SDL, as {@code GET /graphql/schema.graphql} serves it. */
  public static String sdl() {
    return TEXT;
  }

  /** The SDL's SHA-256, lowercase hex: what {@code /.well-known/enlace-node} names and the ETag carries. */
  public static String sha256() {
    return HASH;
  }

  private static String print() {
    var schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(DirectoryApi.sdl()));
    var options = SchemaPrinter.Options.defaultOptions()
        .includeDirectives(true)
        .includeScalarTypes(true)
        .includeSchemaDefinition(false)
        .includeDirectiveDefinitions(false)
        .descriptionsAsHashComments(false)
        .setComparators(DefaultGraphqlTypeComparatorRegistry.AS_IS_REGISTRY);
    return new SchemaPrinter(options).print(schema);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
