package enlace.graph.review;

import java.util.List;

/**
 * The open warnings of a region that share a value: "'Atención psicológica' — 7 records, 3 sources". {@code
 * topic} names the vocabulary the value belongs to (category, document, organization-kind) when mapping it to
 * a concept would resolve it, else null; {@code key} is the folded value the group is keyed by.
 */
public record WarningGroup(String kind, String topic, String field, String key, String value, int records,
    List<String> sources, String messageEs, String messageEn) {

  public WarningGroup {
    sources = List.copyOf(sources);
  }
}
