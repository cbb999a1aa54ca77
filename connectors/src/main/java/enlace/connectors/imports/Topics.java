package enlace.connectors.imports;

import enlace.ontology.Scheme;
import java.util.Map;

/** The vocabularies a warning's value belongs to, as the store names them, and the ontology's scheme of each. */
public final class Topics {

  public static final String CATEGORY = "category";
  public static final String DOCUMENT = "document";
  public static final String ORGANIZATION_KIND = "organization-kind";

  private static final Map<String, Scheme> SCHEMES = Map.of(CATEGORY, Scheme.SERVICE_CATEGORIES, DOCUMENT,
      Scheme.DOCUMENTS, ORGANIZATION_KIND, Scheme.ORGANIZATION_KINDS);

  private Topics() {}

  /** The scheme of a topic; an unknown topic is refused. */
  public static Scheme scheme(String topic) {
    var scheme = SCHEMES.get(topic);
    if (scheme == null) {
      throw new IllegalArgumentException("unknown topic '" + topic + "': use " + String.join(", ", SCHEMES.keySet()));
    }
    return scheme;
  }

  /** The topic of a problem whose value a coordinator can map to a concept, else null. */
  public static String of(Problem.Kind kind) {
    return switch (kind) {
      case CATEGORY -> CATEGORY;
      case DOCUMENT, DOCUMENT_TEXT -> DOCUMENT;
      case ORGANIZATION_KIND -> ORGANIZATION_KIND;
      default -> null;
    };
  }
}
