package enlace.connectors.imports;

import enlace.connectors.gazetteer.TimeZones;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.organization.Organization;
import enlace.graph.provenance.ImportItem;
import enlace.graph.service.Capacity;
import enlace.graph.service.ListedService;
import enlace.graph.service.Location;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceStatus;
import enlace.graph.vacancy.Vacancy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns read records into the graph's domain records; the domain's own checks apply here. */
final class Items {

  private Items() {}

  static ImportItem of(ImportRecord record, String source, String region, Instant now) {
    var text = Canonical.text(record);
    var hash = Canonical.hash(text);
    var organization = record.organization() == null ? null : organization(record.organization(), region, source);
    return switch (record) {
      case ServiceRecord s -> ImportItem.service(organization, listed(s, region, source, now),
          new ImportItem.Source(source, s.sourceId(), s.assuredAt()), hash, text,
          s.localTerms().stream().map(ImportRecord.LocalTerm::key).toList(),
          s.localTerms().stream().map(ImportRecord.LocalTerm::name).collect(Collectors.joining(" ; ")));
      case VacancyRecord v -> ImportItem.vacancy(organization, vacancy(v, region, source),
          new ImportItem.Source(source, v.sourceId(), null), hash, text);
      case LocationRecord l -> ImportItem.location(organization, location(l.place()),
          new ImportItem.Source(source, l.sourceId(), null), hash, text);
      case OrganizationRecord o -> ImportItem.organization(organization,
          new ImportItem.Source(source, o.sourceId(), null), hash, text);
    };
  }

  static Location location(ImportRecord.Place p) {
    return new Location(p.id(), p.name(), p.address(), p.postalCode(), new MunicipalityCode(p.municipality()),
        new GeoPoint(p.latitude(), p.longitude()));
  }

  /**
   * Capacity as reported: without a total, the places free are the total; more free than the total is kept and
   * flagged; a negative figure, or a total without the places free, is dropped with a warning.
   */
  static ImportRecord.Capacity capacity(Integer total, Integer available, String unit, Instant updatedAt, Fields f,
      String field) {
    if (total == null && available == null) {
      return null;
    }
    if (available == null || available < 0 || total != null && total < 0) {
      f.warning(Problem.Kind.CAPACITY, field, total + " / " + available, "la capacidad necesita los lugares "
          + "disponibles (0 o más) y, si se da, el total (0 o más); se omite", "capacity needs the places "
          + "available (0 or more) and, when given, the total (0 or more); left out");
      return null;
    }
    int counted = total == null ? available : total;
    if (available > counted) {
      f.warning(Problem.Kind.CAPACITY, field, available + " / " + counted, "se reportan " + available
          + " lugares disponibles de " + counted + " en total; se guarda como se reportó, para revisión",
          available + " places are reported free of " + counted + " in all; kept as reported, for review");
    }
    return new ImportRecord.Capacity(counted, available, unit, updatedAt);
  }

  static Organization organization(ImportRecord.Org o, String region, String source) {
    return new Organization(o.id(), region, o.name(), o.kind(), o.description(), o.website(), o.email(), o.phone(),
        null, source);
  }

  static ListedService listed(ServiceRecord s, String region, String source, Instant now) {
    var locations = s.locations().stream().map(Items::location).toList();
    var capacity = s.capacity() == null ? null : new Capacity(s.capacity().total(), s.capacity().available(),
        s.capacity().unit(), s.capacity().updatedAt() == null ? now : s.capacity().updatedAt());
    var zone = TimeZones.of(locations.isEmpty() ? new MunicipalityCode("09015") : locations.getFirst().municipality());
    var service = Service.builder(s.id())
        .region(region)
        .organization(s.organization().id())
        .name(s.name())
        .description(s.description())
        .categories(s.categories())
        .acceptedDocuments(s.documents())
        .languages(s.languages())
        .capacity(capacity)
        .hours(s.hours())
        .timezone(zone)
        .cost(s.cost())
        .status(status(s.status()))
        .lastVerifiedAt(s.assuredAt())
        .source(source)
        .locations(locations.stream().map(Location::id).toList())
        .build();
    return new ListedService(service, locations);
  }

  static ServiceStatus status(String status) {
    if (status == null || status.isBlank()) {
      return ServiceStatus.ACTIVE;
    }
    return switch (status.strip().toLowerCase(Locale.ROOT)) {
      case "active" -> ServiceStatus.ACTIVE;
      case "inactive", "temporarily closed" -> ServiceStatus.INACTIVE;
      case "defunct", "retired" -> ServiceStatus.RETIRED;
      default -> throw new IllegalArgumentException(
          "status must be active, inactive, temporarily closed or defunct, got " + status);
    };
  }

  static Vacancy vacancy(VacancyRecord v, String region, String source) {
    return new Vacancy(v.id(), region, v.organization().id(), v.title(), v.description(), v.occupation(), v.sector(),
        v.positions(), v.wage(), v.documents(), new MunicipalityCode(v.municipality()), v.postedAt(), v.expiresAt(),
        source);
  }

  static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(cell.split("[;,]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}
