package enlace.graph.organization;

import enlace.graph.Ids;
import java.time.Instant;

/** Who provides services or offers vacancies: a DAM office, a shelter, an institution, an employer, a bank. */
public record Organization(
    String id,
    String region,
    String name,
    String kind,
    String description,
    String website,
    String email,
    String phone,
    Instant verifiedAt,
    String source) {

  public Organization {
    Ids.require(id, "organization id");
    Ids.require(region, "organization region");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("organization " + id + " needs a name");
    }
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("organization " + id + " needs a kind");
    }
  }
}
