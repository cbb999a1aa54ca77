package enlace.graph.provenance;

import java.util.Objects;

/**
 * A problem an import found in a record it stored anyway, kept with the record until the record is imported
 * again or a coordinator resolves it: which record ({@code target}, a service, vacancy, location or
 * organization id), what it is about ({@code kind}; {@code topic} names the vocabulary a value belongs to, e.g.
 * {@code category}, when mapping the value to a concept would resolve it), the field, the value as written and
 * its folded {@code key}, and the message in Spanish and English.
 */
public record ImportWarning(String region, String target, String targetKind, String kind, String topic, String field,
    String value, String key, String messageEs, String messageEn) {

  public ImportWarning {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(kind, "kind");
    field = field == null ? "" : field;
    value = value == null ? "" : value;
    key = key == null ? "" : key;
  }

  java.util.Map<String, Object> row(String source, String record) {
    var out = new java.util.HashMap<String, Object>();
    out.put("region", region);
    out.put("target", target);
    out.put("targetKind", targetKind);
    out.put("kind", kind);
    out.put("topic", topic);
    out.put("field", field);
    out.put("value", value);
    out.put("key", key);
    out.put("messageEs", messageEs);
    out.put("messageEn", messageEn);
    out.put("source", source);
    out.put("record", record);
    return out;
  }
}
