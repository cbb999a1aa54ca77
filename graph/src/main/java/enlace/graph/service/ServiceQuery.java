package enlace.graph.service;

import enlace.graph.geo.GeoPoint;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A nearest-first search. Categories arrive already expanded by the ontology (a concept and all its
 * narrower ones); an empty set means any category.
 */
public record ServiceQuery(
    GeoPoint center,
    double radiusKm,
    Set<String> categories,
    Set<String> documents,
    Set<String> languages,
    Optional<Instant> openAt,
    boolean hasCapacity,
    Optional<String> text,
    int first,
    Optional<SearchCursor> after) {

  public ServiceQuery {
    Objects.requireNonNull(center, "center");
    if (!(radiusKm > 0)) {
      throw new IllegalArgumentException("radiusKm must be positive, got " + radiusKm);
    }
    if (first < 1) {
      throw new IllegalArgumentException("first must be at least 1, got " + first);
    }
    categories = Set.copyOf(categories);
    documents = Set.copyOf(documents);
    languages = Set.copyOf(languages);
    text = text.map(String::strip).filter(t -> !t.isEmpty());
  }

  public static ServiceQuery near(GeoPoint center, double radiusKm, int first) {
    return new ServiceQuery(center, radiusKm, Set.of(), Set.of(), Set.of(), Optional.empty(), false,
        Optional.empty(), first, Optional.empty());
  }

  public ServiceQuery withCategories(Set<String> value) {
    return new ServiceQuery(center, radiusKm, value, documents, languages, openAt, hasCapacity, text, first, after);
  }

  public ServiceQuery withDocuments(Set<String> value) {
    return new ServiceQuery(center, radiusKm, categories, value, languages, openAt, hasCapacity, text, first, after);
  }

  public ServiceQuery withLanguages(Set<String> value) {
    return new ServiceQuery(center, radiusKm, categories, documents, value, openAt, hasCapacity, text, first, after);
  }

  public ServiceQuery withOpenAt(Instant value) {
    return new ServiceQuery(center, radiusKm, categories, documents, languages, Optional.ofNullable(value),
        hasCapacity, text, first, after);
  }

  public ServiceQuery withHasCapacity(boolean value) {
    return new ServiceQuery(center, radiusKm, categories, documents, languages, openAt, value, text, first, after);
  }

  public ServiceQuery withText(String value) {
    return new ServiceQuery(center, radiusKm, categories, documents, languages, openAt, hasCapacity,
        Optional.ofNullable(value), first, after);
  }

  public ServiceQuery after(SearchCursor cursor) {
    return new ServiceQuery(center, radiusKm, categories, documents, languages, openAt, hasCapacity, text, first,
        Optional.ofNullable(cursor));
  }
}
