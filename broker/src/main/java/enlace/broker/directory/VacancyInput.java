package enlace.broker.directory;

import java.time.Instant;
import java.util.List;

/** A job an employer posts, with documents as the caller spells them. */
public record VacancyInput(String id, String title, String description, String occupation, String sector,
    Integer positions, String wage, List<String> acceptedDocuments, String municipalityCode, Instant expiresAt) {

  public VacancyInput {
    acceptedDocuments = acceptedDocuments == null ? List.of() : List.copyOf(acceptedDocuments);
  }
}
