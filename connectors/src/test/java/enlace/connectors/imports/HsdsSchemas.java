package enlace.connectors.imports;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shipped HSDS 3.1 JSON Schemas in a JSON Schema 2020-12 validator; their relative $refs resolve
 * among the shipped files, never over the network.
 */
public final class HsdsSchemas {

  private static final String BASE = "https://hsds.enlace.invalid/schema/";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(HsdsSchemas::load));

  private HsdsSchemas() {}

  /** Every error of {@code json} against the schema of {@code entity} (service, organization, ...). */
  public static List<String> errors(String entity, String json) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + entity + ".json"));
    return schema.validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
  }

  private static String load(String iri) {
    if (!iri.startsWith(BASE)) {
      return null;
    }
    var file = iri.substring(BASE.length()).replaceAll("#.*", "");
    try (InputStream in = HsdsSchemas.class.getResourceAsStream("/enlace/connectors/hsds/schema/" + file)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
