package enlace.connectors.exports;

import enlace.connectors.imports.ImportRecord;
import enlace.connectors.imports.ServiceRecord;
import enlace.connectors.imports.VacancyRecord;
import enlace.graph.Graph;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
import enlace.graph.provenance.Provenances;
import enlace.graph.service.Location;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceRepository;
import enlace.graph.vacancy.Vacancy;
import enlace.graph.vacancy.VacancyRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Reads the directory back as the records imports write, a page of ids at a time, for the exports. */
public final class DirectoryReader {

  private final ServiceRepository services;
  private final OrganizationRepository organizations;
  private final VacancyRepository vacancies;
  private final Provenances provenances;

  public DirectoryReader(Graph graph) {
    this.services = new ServiceRepository(graph);
    this.organizations = new OrganizationRepository(graph);
    this.vacancies = new VacancyRepository(graph);
    this.provenances = new Provenances(graph);
  }

  public Provenances provenances() {
    return provenances;
  }

  /** Services with ids after {@code after} (null: the first), at most {@code size}, in id order. */
  public CompletionStage<List<ServiceRecord>> services(String after, int size) {
    return provenances.ids("Service", after, size).thenCompose(this::services);
  }

  public CompletionStage<List<ServiceRecord>> services(List<String> ids) {
    return services.byIds(ids).thenCompose(found -> {
      var locationIds = new HashSet<String>();
      var orgIds = new HashSet<String>();
      found.values().forEach(s -> {
        locationIds.addAll(s.locationIds());
        orgIds.add(s.organizationId());
      });
      return services.locationsByIds(locationIds).thenCompose(places -> organizations.byIds(orgIds)
          .thenCompose(orgs -> provenances.extras(ids).thenApply(extras -> ids.stream()
              .map(found::get).filter(Objects::nonNull)
              .map(s -> record(s, s.locationIds().stream().map(places::get).filter(Objects::nonNull).toList(),
                  orgs.get(s.organizationId()), extras.get(s.id()).localTerms()))
              .toList())));
    });
  }

  public CompletionStage<List<VacancyRecord>> vacancies(String after, int size) {
    return provenances.ids("Vacancy", after, size).thenCompose(ids -> vacancies.byIds(ids)
        .thenCompose(found -> organizations.byIds(found.values().stream().map(Vacancy::organizationId).toList())
            .thenApply(orgs -> found.values().stream().map(v -> vacancy(v, orgs.get(v.organizationId())))
            .sorted(java.util.Comparator.comparing(VacancyRecord::id)).toList())));
  }

  public CompletionStage<List<ImportRecord.Org>> organizations(String after, int size) {
    return provenances.organizationIds(after, size).thenCompose(ids -> organizations.byIds(ids)
        .thenApply(found -> ids.stream().map(found::get).filter(Objects::nonNull).map(DirectoryReader::org).toList()));
  }

  public CompletionStage<List<ImportRecord.Org>> organizations(List<String> ids) {
    return organizations.byIds(ids)
        .thenApply(found -> ids.stream().map(found::get).filter(Objects::nonNull).map(DirectoryReader::org).toList());
  }

  public CompletionStage<java.util.Optional<ImportRecord.Org>> organization(String id) {
    return organizations.byId(id).thenApply(found -> found.map(DirectoryReader::org));
  }

  static ServiceRecord record(Service s, List<Location> places, Organization o, List<String> localTerms) {
    var capacity = s.capacity() == null ? null : new ImportRecord.Capacity(s.capacity().total(),
        s.capacity().available(), s.capacity().unit(), s.capacity().updatedAt());
    var locations = places.stream().map(l -> s.confidential() || l.confidential() ? hidden(l)
        : new ImportRecord.Place(l.id(), l.name(), l.address(), l.postalCode(), l.municipality().value(),
            l.point().latitude(), l.point().longitude())).toList();
    return new ServiceRecord(null, s.id(), org(o), s.id(), s.name(), s.description(), status(s), s.categories(),
        localTerms.stream().map(ImportRecord.LocalTerm::ofKey).toList(), s.acceptedDocuments(), s.languages(),
        s.hours(), capacity, s.cost(), s.lastVerifiedAt(), locations);
  }

  /**
   * A confidential place (one where any confidential service is delivered, for every service there) leaves the
   * node only as the centre of its ~2 km square, without name or address.
   */
  private static ImportRecord.Place hidden(Location l) {
    var approximate = l.point().approximate();
    return new ImportRecord.Place(l.id(), null, null, null, l.municipality().value(), approximate.latitude(),
        approximate.longitude());
  }

  private static String status(Service s) {
    return switch (s.status()) {
      case ACTIVE -> "active";
      case INACTIVE -> "inactive";
      case RETIRED -> "defunct";
    };
  }

  static ImportRecord.Org org(Organization o) {
    return new ImportRecord.Org(o.id(), o.name(), o.kind(), o.description(), o.website(), o.email(), o.phone());
  }

  private static VacancyRecord vacancy(Vacancy v, Organization o) {
    return new VacancyRecord(null, v.id(), org(o), v.id(), v.title(), v.description(), v.occupation(), v.sector(),
        v.positions(), v.wage(), v.acceptedDocuments(), v.municipality().value(), v.postedAt(), v.expiresAt());
  }
}
