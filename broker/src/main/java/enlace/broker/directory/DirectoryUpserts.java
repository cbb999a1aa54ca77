package enlace.broker.directory;

import enlace.broker.security.Caller;
import enlace.broker.security.Forbidden;
import enlace.broker.security.Scope;
import enlace.connectors.gazetteer.TimeZones;
import enlace.graph.Graph;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.municipality.MunicipalityRepository;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
import enlace.graph.service.Location;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceRepository;
import enlace.graph.service.ServiceUpserts;
import enlace.graph.vacancy.Vacancy;
import enlace.graph.vacancy.VacancyChanges;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * Offices create and replace their own records: the organization, its locations, services and vacancies.
 * Each call needs directory:write and a token that names the organization, checks the whole input (the
 * ontology's concepts and shapes, ranges, the records it refers to) before anything is written, and
 * writes the change with its audit event in one transaction.
 *
 * <p>An input's id is the local id the caller chooses for a new record, or, for services, vacancies and
 * the organization, the global id the API returned for an existing one. Locations have local ids only.
 */
public final class DirectoryUpserts {

  private static final String SOURCE = "api";
  private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
  private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{7,25}");

  private final Ontology ontology;
  private final String region;
  private final Clock clock;
  private final ServiceForm serviceForm;
  private final OrganizationRepository organizations;
  private final MunicipalityRepository municipalities;
  private final ServiceRepository services;
  private final ServiceUpserts upserts;
  private final VacancyChanges vacancies;

  public DirectoryUpserts(Graph graph, Ontology ontology, String region, Clock clock) {
    this.ontology = ontology;
    this.region = region;
    this.clock = clock;
    this.serviceForm = new ServiceForm(ontology);
    this.organizations = new OrganizationRepository(graph);
    this.municipalities = new MunicipalityRepository(graph);
    this.services = new ServiceRepository(graph);
    this.upserts = new ServiceUpserts(graph);
    this.vacancies = new VacancyChanges(graph);
  }

  /** The caller's own organization; input.id must be the organization the token acts for. */
  public CompletionStage<Organization> upsertOrganization(Caller caller, OrganizationInput in) {
    var owner = owner(caller);
    var problems = new InputProblems();
    var id = localId(in.id(), "Organization", problems);
    var name = problems.required("input.name", in.name(), InputProblems.NAME_LENGTH);
    var kind = problems.concept(ontology, Scheme.ORGANIZATION_KINDS, "input.kind", in.kind());
    var description = problems.text("input.description", in.description(), InputProblems.TEXT_LENGTH);
    var website = problems.matching("input.website", in.website(), WEBSITE, "an http(s) address");
    var email = problems.matching("input.email", in.email(), EMAIL, "an e-mail address");
    var phone = problems.matching("input.phone", in.phone(), PHONE, "a phone number of digits, spaces, + ( ) -");
    problems.throwIfAny();
    var organization = new Organization(id, region, name, kind, description, website, email, phone,
        null, SOURCE);
    return organizations.upsert(organization, owner, clock.instant(),
            DirectoryWrites.entry(caller, "upsertOrganization", "Organization:" + id, InputFields.given(in)))
        .thenApply(change -> DirectoryWrites.done(change, missing -> new NotFound("input.id", "no such organization"),
            foreign -> new Forbidden("the token acts for " + owner + "; an organization writes only its own record")));
  }

  /** A place where the caller's services are delivered, in a municipality this node knows. */
  public CompletionStage<Location> upsertLocation(Caller caller, LocationInput in) {
    var owner = owner(caller);
    var problems = new InputProblems();
    var id = problems.id("input.id", in.id());
    var name = problems.text("input.name", in.name(), InputProblems.NAME_LENGTH);
    var address = problems.text("input.address", in.address(), InputProblems.NAME_LENGTH);
    var postalCode = problems.matching("input.postalCode", in.postalCode(), POSTAL_CODE, "five digits");
    problems.range("input.latitude", in.latitude(), -90, 90);
    problems.range("input.longitude", in.longitude(), -180, 180);
    var code = problems.municipality("input.municipalityCode", in.municipalityCode());
    return known(code, "input.municipalityCode", problems).thenCompose(checked -> {
      problems.throwIfAny();
      var location = new Location(id, name, address, postalCode, code, new GeoPoint(in.latitude(), in.longitude()));
      return upserts.upsertLocation(location, owner, clock.instant(),
          DirectoryWrites.entry(caller, "upsertLocation", "Location:" + id, InputFields.given(in)));
    }).thenApply(change -> DirectoryWrites.done(change, missing -> new NotFound("input.id", "no such location"),
        foreign -> new Forbidden("location " + in.id() + " belongs to or serves another organization")));
  }

  /**
   * One of the caller's services at locations that exist; its status, verification and source stay as
   * they were. Without a time zone, hours are read in the zone of the first location's municipality.
   */
  public CompletionStage<Service> upsertService(Caller caller, ServiceInput in) {
    var owner = owner(caller);
    var problems = new InputProblems();
    var id = localId(in.id(), "Service", problems);
    var now = clock.instant();
    var draft = serviceForm.read(in, id, owner, region, now, problems);
    return services.locationsByIds(in.locationIds()).thenCompose(found -> {
      for (int i = 0; i < in.locationIds().size(); i++) {
        if (!found.containsKey(in.locationIds().get(i)) && !problems.has("input.locationIds[" + i + "]")) {
          problems.add("input.locationIds[" + i + "]", missingLocation());
        }
      }
      problems.throwIfAny();
      if (in.timezone() == null && !in.locationIds().isEmpty()) {
        draft.timezone(TimeZones.of(found.get(in.locationIds().getFirst()).municipality()));
      }
      return upserts.upsertService(draft.build(), owner, now,
          DirectoryWrites.entry(caller, "upsertService", "Service:" + id, InputFields.given(in)));
    }).thenApply(change -> DirectoryWrites.done(change,
        missing -> new InvalidArgument("input.locationIds[" + in.locationIds().indexOf(missing) + "]",
            missingLocation()),
        foreign -> new Forbidden(foreign.equals(id) ? "this service belongs to another organization"
            : "location " + foreign + " belongs to or serves another organization")));
  }

  /** Posts one of the caller's vacancies, or replaces one it posted under the same id. */
  public CompletionStage<Vacancy> postVacancy(Caller caller, VacancyInput in) {
    var owner = owner(caller);
    var problems = new InputProblems();
    var now = clock.instant();
    var id = localId(in.id(), "Vacancy", problems);
    var title = problems.required("input.title", in.title(), InputProblems.NAME_LENGTH);
    var description = problems.text("input.description", in.description(), InputProblems.TEXT_LENGTH);
    var occupation = problems.text("input.occupation", in.occupation(), InputProblems.NAME_LENGTH);
    var sector = problems.text("input.sector", in.sector(), InputProblems.NAME_LENGTH);
    var wage = problems.text("input.wage", in.wage(), InputProblems.NAME_LENGTH);
    int positions = in.positions() == null ? 1 : in.positions();
    if (positions < 1) {
      problems.add("input.positions", "at least 1, got " + positions);
    }
    var documents = problems.concepts(ontology, Scheme.DOCUMENTS, "input.acceptedDocuments", in.acceptedDocuments());
    if (in.expiresAt() != null && !in.expiresAt().isAfter(now)) {
      problems.add("input.expiresAt", "must be in the future; close a vacancy with closeVacancy");
    }
    var code = problems.municipality("input.municipalityCode", in.municipalityCode());
    return known(code, "input.municipalityCode", problems).thenCompose(checked -> {
      problems.throwIfAny();
      var vacancy = new Vacancy(id, region, owner, title, description, occupation, sector, positions, wage,
          documents, code, now, in.expiresAt(), SOURCE);
      return vacancies.post(vacancy, owner, now,
          DirectoryWrites.entry(caller, "postVacancy", "Vacancy:" + id, InputFields.given(in)));
    }).thenApply(change -> DirectoryWrites.done(change, missing -> new NotFound("input.id", "no such vacancy"),
        foreign -> new Forbidden("this vacancy belongs to another organization")));
  }

  /** Ends one of the caller's vacancies now; it stays, closed, for history. */
  public CompletionStage<Vacancy> closeVacancy(Caller caller, String vacancyId) {
    var owner = owner(caller);
    var id = GlobalId.decode(vacancyId, "vacancyId").expect("Vacancy", "vacancyId").localId();
    return vacancies.close(id, owner, clock.instant(),
            DirectoryWrites.entry(caller, "closeVacancy", "Vacancy:" + id, List.of("expiresAt")))
        .thenApply(change -> DirectoryWrites.done(change,
            missing -> new NotFound("vacancyId", "no vacancy has this id"),
            foreign -> new Forbidden("this vacancy belongs to another organization")));
  }

  private static String owner(Caller caller) {
    return DirectoryWrites.organization(caller.require(Scope.DIRECTORY_WRITE));
  }

  /** The local id an input names: a new local id, or the global id of a record of this node. */
  private String localId(String id, String type, InputProblems problems) {
    var global = GlobalId.parse(id);
    if (global.isEmpty()) {
      return problems.id("input.id", id);
    }
    if (!global.get().type().equals(type)) {
      problems.add("input.id", "this is the id of a " + global.get().type() + ", not of a " + type);
    } else if (!global.get().region().equals(region)) {
      problems.add("input.id", "this record belongs to region " + global.get().region() + "; change it there");
    }
    return global.get().localId();
  }

  private CompletionStage<Void> known(MunicipalityCode code, String argument, InputProblems problems) {
    if (code == null) {
      return CompletableFuture.completedFuture(null);
    }
    return municipalities.byCode(code).thenAccept(found -> {
      if (found.isEmpty()) {
        problems.add(argument, "no municipality has the code " + code);
      }
    });
  }

  private static String missingLocation() {
    return "no location has this id; create it with upsertLocation first";
  }
}
