package enlace.graph.provenance;

import enlace.graph.organization.Organization;
import enlace.graph.service.ListedService;
import enlace.graph.service.Location;
import enlace.graph.vacancy.Vacancy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One record of an import, ready to write: a service (with its locations), a vacancy, a location given on its
 * own, or an organization given on its own; the organization behind it (none for a location whose source
 * names no owner), and where it came from. {@code hash} fingerprints the content as the source gave it, so the
 * same record imported again is recognised and left alone; {@code payload} keeps that content so a merge
 * of this record into another source's service can be undone; {@code warnings} are kept with the record.
 */
public record ImportItem(
    Organization organization,
    ListedService service,
    Vacancy vacancy,
    Location location,
    Source source,
    String hash,
    String payload,
    List<String> localTerms,
    String localTermsText,
    List<ImportWarning> warnings) {

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
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(hash, "hash");
    if ((service != null ? 1 : 0) + (vacancy != null ? 1 : 0) + (location != null ? 1 : 0) > 1) {
      throw new IllegalArgumentException("an import item is one service, vacancy, location or organization");
    }
    if (organization == null && location == null) {
      throw new IllegalArgumentException("an import item needs its organization");
    }
    localTerms = localTerms == null ? List.of() : List.copyOf(localTerms);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  public static ImportItem service(Organization organization, ListedService service, Source source, String hash,
      String payload, List<String> localTerms, String localTermsText) {
    return new ImportItem(organization, service, null, null, source, hash, payload, localTerms, localTermsText,
        List.of());
  }

  public static ImportItem vacancy(Organization organization, Vacancy vacancy, Source source, String hash,
      String payload) {
    return new ImportItem(organization, null, vacancy, null, source, hash, payload, List.of(), null, List.of());
  }

  /** A place on its own; {@code organization} may be null when the source names no owner. */
  public static ImportItem location(Organization organization, Location location, Source source, String hash,
      String payload) {
    return new ImportItem(organization, null, null, location, source, hash, payload, List.of(), null, List.of());
  }

  /** An organization on its own. */
  public static ImportItem organization(Organization organization, Source source, String hash, String payload) {
    return new ImportItem(organization, null, null, null, source, hash, payload, List.of(), null, List.of());
  }

  /** This item with the warnings to keep with its record. */
  public ImportItem withWarnings(List<ImportWarning> list) {
    return new ImportItem(organization, service, vacancy, location, source, hash, payload, localTerms, localTermsText,
        list);
  }

  public String id() {
    return service != null ? service.service().id() : vacancy != null ? vacancy.id()
        : location != null ? location.id() : organization.id();
  }

  public String kind() {
    return service != null ? "service" : vacancy != null ? "vacancy" : location != null ? "location" : "organization";
  }

  /** The provenance key: one per source, kind and source record id. */
  public String key() {
    return source.name() + "|" + kind() + "|" + source.recordId();
  }
}
