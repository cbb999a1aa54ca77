package enlace.graph.vacancy;

import enlace.graph.Ids;
import enlace.graph.municipality.MunicipalityCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A job an employer offers, with the documents it accepts from a candidate. */
public record Vacancy(
    String id,
    String region,
    String organizationId,
    String title,
    String description,
    String occupation,
    String sector,
    int positions,
    String wage,
    List<String> acceptedDocuments,
    MunicipalityCode municipality,
    Instant postedAt,
    Instant expiresAt,
    String source) {

  public Vacancy {
    Ids.require(id, "vacancy id");
    Ids.require(region, "vacancy region");
    Ids.require(organizationId, "vacancy " + id + " organization");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("vacancy " + id + " needs a title");
    }
    if (positions < 1) {
      throw new IllegalArgumentException("vacancy " + id + " needs at least one position, got " + positions);
    }
    acceptedDocuments = List.copyOf(acceptedDocuments);
    Objects.requireNonNull(municipality, "vacancy " + id + " municipality");
    Objects.requireNonNull(postedAt, "vacancy " + id + " postedAt");
    if (expiresAt != null && expiresAt.isBefore(postedAt)) {
      throw new IllegalArgumentException("vacancy " + id + " expires before it is posted");
    }
  }
}
