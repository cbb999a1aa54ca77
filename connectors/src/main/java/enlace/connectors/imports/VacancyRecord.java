package enlace.connectors.imports;

import java.time.Instant;
import java.util.List;

/** A vacancy as a feed gives it (see {@link ImportRecord}). */
public record VacancyRecord(
    Origin origin,
    String sourceId,
    Org organization,
    String id,
    String title,
    String description,
    String occupation,
    String sector,
    int positions,
    String wage,
    List<String> documents,
    String municipality,
    Instant postedAt,
    Instant expiresAt) implements ImportRecord {

  public VacancyRecord {
    documents = ImportRecord.copy(documents);
  }
}
