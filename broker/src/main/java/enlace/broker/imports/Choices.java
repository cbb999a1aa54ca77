package enlace.broker.imports;

import enlace.broker.imports.ImportPreviewer.Choice;
import enlace.connectors.imports.ImportSummary;
import enlace.connectors.imports.Problem;
import enlace.connectors.imports.Topics;
import enlace.ontology.ValueMapping;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The values a user settled in a preview: kept with it as JSON, applied to its import as one-time mappings. */
final class Choices {

  private Choices() {}

  static String encode(List<Choice> choices) {
    var out = new JsonArray();
    choices.forEach(c -> out.add(new JsonObject().put("kind", c.kind()).put("value", c.value())
        .put("concept", c.concept())));
    return out.encode();
  }

  static List<Choice> decode(String json) {
    var out = new ArrayList<Choice>();
    new JsonArray(json == null ? "[]" : json).forEach(o -> {
      var c = (JsonObject) o;
      out.add(new Choice(c.getString("kind"), c.getString("value"), c.getString("concept")));
    });
    return out;
  }

  /** Choices as sent by a client: {@code {"choices": [{"kind", "value", "concept"}]}}. */
  static List<Choice> read(String body) {
    try {
      var list = new JsonObject(body == null || body.isBlank() ? "{}" : body).getJsonArray("choices");
      if (list == null || list.isEmpty()) {
        throw new IllegalArgumentException("choices: elija al menos un valor / choose at least one value");
      }
      var out = new ArrayList<Choice>();
      for (int i = 0; i < list.size(); i++) {
        var c = list.getJsonObject(i);
        if (c.getString("kind") == null || c.getString("value") == null || c.getString("concept") == null) {
          throw new IllegalArgumentException("choices[" + i + "]: kind, value y concept / kind, value and concept");
        }
        out.add(new Choice(c.getString("kind"), c.getString("value"), c.getString("concept")));
      }
      return out;
    } catch (DecodeException | ClassCastException e) {
      throw new IllegalArgumentException("choices: se esperaba JSON {\"choices\": [...]} / expected JSON");
    }
  }

  /** A choice must be a suggestion the preview offered for that value; anything else is refused. */
  static void requireOffered(Choice choice, ImportSummary shown) {
    boolean offered = shown.problems().stream().anyMatch(p -> p.kind().name().equals(choice.kind())
        && choice.value().equals(p.value()) && p.suggestions().stream().anyMatch(s -> s.value().equals(choice.concept())));
    if (!offered) {
      throw new IllegalArgumentException("'" + choice.concept() + "' no es una sugerencia de la vista previa para '"
          + choice.value() + "' / is not a suggestion the preview offered for '" + choice.value() + "'");
    }
  }

  static List<ValueMapping> mappings(List<Choice> choices) {
    return choices.stream().map(c -> new ValueMapping(Topics.scheme(Topics.of(Problem.Kind.valueOf(c.kind()))),
        c.value(), c.concept())).toList();
  }
}
