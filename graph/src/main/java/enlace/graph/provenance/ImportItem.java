package enlace.graph.provenance;

import enlace.graph.organization.Organization;
import enlace.graph.service.ListedService;
import enlace.graph.vacancy.Vacancy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One record of an import, ready to write: a service (with its locations) or a vacancy, the organization
 * behind it, and where it came from. {@code hash} fingerprints the content as the source gave it, so the
 * same record imported again is recognised and left alone; {@code payload} keeps that content so a merge
 * of this record into another source's service can be undone.
 */
public record ImportItem(
    Organization organization,
    ListedService service,
    Vacancy vacancy,
    Source source,
    String hash,
    String payload,
    List<String> localTerms,
    String localTermsText) {

  /** Where a record came from: the source's name and its own id for it, and when the source last checked it. */
  public record Source(String name, String recordId, Instant assuredAt) {
    public Source {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("an import needs a source name");
      }
      Objects.requireNonNull(recordId, "source record id");
    }
  }

  public ImportItem {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(hash, "hash");
    if ((service == null) == (vacancy == null)) {
      throw new IllegalArgumentException("an import item is a service or a vacancy");
    }
    localTerms = localTerms == null ? List.of() : List.copyOf(localTerms);
  }

  public static ImportItem service(Organization organization, ListedService service, Source source, String hash,
      String payload, List<String> localTerms, String localTermsText) {
    return new ImportItem(organization, service, null, source, hash, payload, localTerms, localTermsText);
  }

  public static ImportItem vacancy(Organization organization, Vacancy vacancy, Source source, String hash,
      String payload) {
    return new ImportItem(organization, null, vacancy, source, hash, payload, List.of(), null);
  }

  public String id() {
    return service != null ? service.service().id() : vacancy.id();
  }

  public String kind() {
    return service != null ? "service" : "vacancy";
  }

  /** The provenance key: one per source, kind and source record id. */
  public String key() {
    return source.name() + "|" + kind() + "|" + source.recordId();
  }
}
