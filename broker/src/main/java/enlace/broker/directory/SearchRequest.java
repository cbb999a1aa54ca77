package enlace.broker.directory;

import java.time.Instant;
import java.util.List;

/** searchServices as the caller sent it, before validation. */
public record SearchRequest(
    Double latitude,
    Double longitude,
    String municipality,
    double radiusKm,
    List<String> categories,
    List<String> documents,
    List<String> languages,
    Instant openAt,
    boolean hasCapacity,
    String text,
    int first,
    String after) {

  public SearchRequest {
    categories = categories == null ? List.of() : List.copyOf(categories);
    documents = documents == null ? List.of() : List.copyOf(documents);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }
}
