package enlace.broker.trusted;

import enlace.graph.operation.RegisteredOperation;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An Apollo persisted-query manifest ({@code generate-persisted-query-manifest}): {@code format}
 * "apollo-persisted-query-manifest", {@code version} 1 and {@code operations}, each with its SHA-256 {@code id},
 * {@code name}, {@code type} and {@code body}. Every id is checked against its body, every body parsed.
 */
final class Manifest {

  static final String FORMAT = "apollo-persisted-query-manifest";
  static final int MAX_OPERATIONS = 1_000;

  private Manifest() {}

  static List<RegisteredOperation> read(String text) {
    JsonObject json;
    try {
      json = new JsonObject(text == null ? "" : text);
    } catch (DecodeException | ClassCastException e) {
      throw new IllegalArgumentException("el manifiesto no es JSON / the manifest is not JSON: " + e.getMessage());
    }
    if (!FORMAT.equals(json.getValue("format")) || !Integer.valueOf(1).equals(json.getValue("version"))) {
      throw new IllegalArgumentException("se espera format \"" + FORMAT + "\" y version 1 / expected format \""
          + FORMAT + "\" and version 1");
    }
    if (!(json.getValue("operations") instanceof JsonArray list) || list.isEmpty() || list.size() > MAX_OPERATIONS) {
      throw new IllegalArgumentException("operations: entre 1 y " + MAX_OPERATIONS + " operaciones / between 1 and "
          + MAX_OPERATIONS + " operations");
    }
    var out = new ArrayList<RegisteredOperation>();
    for (int i = 0; i < list.size(); i++) {
      out.add(operation(list.getValue(i), "operations[" + i + "]"));
    }
    return out;
  }

  private static RegisteredOperation operation(Object value, String where) {
    if (!(value instanceof JsonObject op) || !(op.getValue("id") instanceof String id)
        || !(op.getValue("body") instanceof String body)) {
      throw new IllegalArgumentException(where + ": cada operación necesita id y body / each operation needs an id"
          + " and a body");
    }
    if (!id.equals(TrustedDocuments.sha256(body))) {
      throw new IllegalArgumentException(where + ".id: no es el SHA-256 de su body / is not the SHA-256 of its body");
    }
    List<OperationDefinition> definitions;
    try {
      definitions = Parser.parse(body).getDefinitionsOfType(OperationDefinition.class);
    } catch (InvalidSyntaxException e) {
      throw new IllegalArgumentException(where + ".body: " + e.getMessage());
    }
    if (definitions.isEmpty()) {
      throw new IllegalArgumentException(where + ".body: no contiene ninguna operación / holds no operation");
    }
    var type = definitions.getFirst().getOperation().name().toLowerCase(Locale.ROOT);
    var name = op.getValue("name") instanceof String n ? n : definitions.getFirst().getName();
    return new RegisteredOperation(id, name == null ? "" : name, type, body);
  }
}
