package enlace.connectors.imports;

import enlace.graph.service.OpeningHours;
import java.time.Instant;
import java.util.List;

/** A service as an import reads it (see {@link ImportRecord}). */
public record ServiceRecord(
    Origin origin,
    String sourceId,
    Org organization,
    String id,
    String name,
    String description,
    String status,
    List<String> categories,
    List<LocalTerm> localTerms,
    List<String> documents,
    List<String> languages,
    List<OpeningHours> hours,
    Capacity capacity,
    String cost,
    Instant assuredAt,
    List<Place> locations) implements ImportRecord {

  public ServiceRecord {
    categories = ImportRecord.copy(categories);
    localTerms = ImportRecord.copy(localTerms);
    documents = ImportRecord.copy(documents);
    languages = ImportRecord.copy(languages);
    hours = ImportRecord.copy(hours).stream().distinct()
        .sorted(java.util.Comparator.comparing(OpeningHours::day).thenComparingInt(OpeningHours::opensMinute)).toList();
    locations = ImportRecord.copy(locations);
  }

  /** The same record read from somewhere else. */
  public ServiceRecord at(Origin where) {
    return new ServiceRecord(where, sourceId, organization, id, name, description, status, categories, localTerms,
        documents, languages, hours, capacity, cost, assuredAt, locations);
  }
}
