package enlace.broker.directory;

import enlace.graph.Graph;
import enlace.graph.TransactionScope;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.Municipality;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.municipality.MunicipalityPage;
import enlace.graph.municipality.MunicipalityRepository;
import enlace.graph.municipality.Region;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
import enlace.graph.provenance.Provenances;
import enlace.graph.service.Location;
import enlace.graph.service.SearchPage;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceQuery;
import enlace.graph.service.ServiceRepository;
import enlace.graph.service.ServiceSearch;
import enlace.graph.vacancy.Vacancy;
import enlace.graph.vacancy.VacancyRepository;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * The read side of the directory: validates what callers ask, widens categories through the ontology,
 * and answers from the graph. Batch methods back the per-request data loaders.
 */
public final class DirectoryService {

  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
  private static final Pattern STATE = Pattern.compile("\\d{2}");
  /** Every word becomes one full-text clause; the store refuses more than 1,024 of them. */
  private static final int MAX_TEXT_LENGTH = 200;

  private final Graph graph;
  private final Ontology ontology;
  private final ConceptWords words;
  private final DirectoryLimits limits;
  private final MunicipalityRepository municipalities;
  private final OrganizationRepository organizations;
  private final ServiceRepository services;
  private final VacancyRepository vacancies;
  private final ServiceSearch search;
  private final Provenances provenances;

  public DirectoryService(Graph graph, Ontology ontology, DirectoryLimits limits) {
    this(graph, ConceptWords.of(ontology), limits);
  }

  /** With the words of the node's region: its stored mappings of written values to concepts included. */
  public DirectoryService(Graph graph, ConceptWords words, DirectoryLimits limits) {
    this.ontology = words.ontology();
    this.words = words;
    this.graph = graph;
    this.limits = limits;
    this.municipalities = new MunicipalityRepository(graph);
    this.organizations = new OrganizationRepository(graph);
    this.services = new ServiceRepository(graph);
    this.vacancies = new VacancyRepository(graph);
    this.search = new ServiceSearch(graph);
    this.provenances = new Provenances(graph);
  }

  public DirectoryLimits limits() {
    return limits;
  }

  public CompletionStage<SearchPage> search(SearchRequest request) {
    int first = pageSize(request.first());
    var categories = ontology.expandAll(concepts(request.categories(), Scheme.SERVICE_CATEGORIES, "categories"));
    var documents = heldDocuments(concepts(request.documents(), Scheme.DOCUMENTS, "documents"));
    var languages = languages(request.languages());
    var text = text(request.text());
    if (!(request.radiusKm() > 0) || request.radiusKm() > limits.maxRadiusKm()) {
      throw new InvalidArgument("radiusKm", "must be greater than 0 and at most " + limits.maxRadiusKm());
    }
    var after = Optional.ofNullable(request.after()).map(Cursors::decodeSearch);
    return center(request).thenCompose(center -> {
      var query = new ServiceQuery(center, request.radiusKm(), categories, documents, languages,
          Optional.ofNullable(request.openAt()), request.hasCapacity(), Optional.ofNullable(text), first,
          after);
      return search.search(query);
    });
  }

  public CompletionStage<Optional<Municipality>> municipality(String code) {
    return municipalities.byCode(municipalityCode(code, "code"));
  }

  public CompletionStage<MunicipalityPage> municipalities(String stateCode, int first, String after) {
    if (stateCode != null && !STATE.matcher(stateCode).matches()) {
      throw new InvalidArgument("stateCode", "a state code has two digits (INEGI, 01-32), got " + stateCode);
    }
    var from = Optional.ofNullable(after).map(Cursors::decodeMunicipality);
    return municipalities.page(Optional.ofNullable(stateCode), from, pageSize(first));
  }

  public CompletionStage<List<Region>> regions() {
    return municipalities.regions();
  }

  public CompletionStage<Map<MunicipalityCode, Municipality>> municipalitiesByCode(Collection<MunicipalityCode> codes) {
    return municipalities.byCodes(codes);
  }

  public CompletionStage<Map<String, Organization>> organizationsById(Collection<String> ids) {
    return organizations.byIds(ids);
  }

  public CompletionStage<Map<String, Service>> servicesById(Collection<String> ids) {
    return services.byIds(ids);
  }

  public CompletionStage<Map<String, Location>> locationsById(Collection<String> ids) {
    return services.locationsByIds(ids);
  }

  public CompletionStage<Map<String, Vacancy>> vacanciesById(Collection<String> ids) {
    return vacancies.byIds(ids);
  }

  /** Ends the store transactions of a request that ran past its time. */
  public CompletionStage<Integer> terminate(TransactionScope scope) {
    return graph.terminate(scope);
  }

  public CompletionStage<Map<String, List<Service>>> servicesByOrganization(Collection<String> ids) {
    return services.byOrganizations(ids);
  }

  public CompletionStage<Map<String, List<Vacancy>>> vacanciesByOrganization(Collection<String> ids) {
    return vacancies.byOrganizations(ids);
  }

  public CompletionStage<Map<String, List<Provenances.Entry>>> sourcesOfServices(Collection<String> ids) {
    return provenances.extras(ids).thenApply(extras -> {
      var sources = new HashMap<String, List<Provenances.Entry>>();
      extras.forEach((id, extra) -> sources.put(id, extra.provenance()));
      return sources;
    });
  }

  /** The point a search or a match starts from: the given point, or the seat of the given municipality. */
  public CompletionStage<GeoPoint> center(SearchRequest request) {
    if (request.latitude() != null || request.longitude() != null) {
      if (request.municipality() != null) {
        throw new InvalidArgument("near", "give either near or municipality, not both");
      }
      return CompletableFuture.completedFuture(point(request.latitude(), request.longitude()));
    }
    if (request.municipality() == null) {
      throw new InvalidArgument("near", "a search needs a point (near) or a municipality code");
    }
    var code = municipalityCode(request.municipality(), "municipality");
    return municipalities.byCode(code).thenApply(found -> found
        .orElseThrow(() -> new InvalidArgument("municipality", "no municipality has the code " + code))
        .point()
        .orElseThrow(() -> new InvalidArgument("municipality",
            "the gazetteer has no point for " + code + "; search near a point instead")));
  }

  private static GeoPoint point(Double latitude, Double longitude) {
    if (latitude == null || !(latitude >= -90 && latitude <= 90)) {
      throw new InvalidArgument("near.latitude", "must be within [-90, 90], got " + latitude);
    }
    if (longitude == null || !(longitude >= -180 && longitude <= 180)) {
      throw new InvalidArgument("near.longitude", "must be within [-180, 180], got " + longitude);
    }
    return new GeoPoint(latitude, longitude);
  }

  private static MunicipalityCode municipalityCode(String code, String argument) {
    try {
      return new MunicipalityCode(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidArgument(argument, e.getMessage());
    }
  }

  private int pageSize(int first) {
    if (first < 1 || first > limits.maxPageSize()) {
      throw new InvalidArgument("first", "must be between 1 and " + limits.maxPageSize() + ", got " + first);
    }
    return first;
  }

  /**
   * The ontology IRIs of concept terms of a scheme (IRI, enl:name, code, a label as people write it, a value the
   * region mapped); a term that names none is refused naming the argument, with "¿quiso decir …?".
   */
  public List<String> concepts(List<String> terms, Scheme scheme, String argument) {
    return words.concepts(terms, scheme, argument);
  }

  public ConceptWords words() {
    return words;
  }

  /**
   * The documents a person holds, with every broader document they count as: a temporary CURP is a
   * CURP for a service that asks for a CURP.
   */
  public Set<String> heldDocuments(List<String> held) {
    var out = new LinkedHashSet<String>(held);
    var frontier = new java.util.ArrayDeque<String>(held);
    while (!frontier.isEmpty()) {
      for (var broader : ontology.broader(frontier.pop())) {
        if (out.add(broader)) {
          frontier.add(broader);
        }
      }
    }
    return Set.copyOf(out);
  }

  private static String text(String text) {
    if (text != null && text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidArgument("text", "at most " + MAX_TEXT_LENGTH + " characters (a few words), got "
          + text.length());
    }
    return text;
  }

  public static Set<String> languages(List<String> tags) {
    for (var tag : tags) {
      if (!LANGUAGE.matcher(tag).matches()) {
        throw new InvalidArgument("languages", "not a BCP 47 language tag: " + tag);
      }
    }
    return Set.copyOf(tags);
  }
}
