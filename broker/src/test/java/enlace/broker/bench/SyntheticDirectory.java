package enlace.broker.bench;

import enlace.connectors.gazetteer.TimeZones;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.Municipality;
import enlace.graph.organization.Organization;
import enlace.graph.service.Capacity;
import enlace.graph.service.ListedService;
import enlace.graph.service.Location;
import enlace.graph.service.OpeningHours;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceStatus;
import enlace.ontology.Concept;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fictional directory of {@code size} services, the same for the same seed, spread over the real
 * municipalities of the bundled gazetteer that have a point.
 *
 * <ul>
 *   <li>Where: a municipality drawn uniformly (the gazetteer has no populations; the spread still follows
 *       people, since municipalities are small and many where people live: 63 seats lie within 25 km of
 *       Zaachila, Oaxaca, one or none around most seats in Sonora), or, with an urban weight W > 1, the
 *       municipalities of {@link #CITIES} (Mexico City's 16 alcaldías and 24 big cities) drawn W times as often;
 *       then a point uniform in a disc of {@value #JITTER_KM} km around the municipality's point.
 *   <li>What: 1 category (70 %) or 2 distinct ones (30 %), uniform over the leaf concepts of the ontology's
 *       service categories (concepts with no narrower concept, such as {@code enl:shelter-family}).
 *   <li>Who: organization {@code i / 10}, so about one organization per ten services.
 *   <li>The rest: weekday or daily hours, Spanish plus sometimes English or Haitian Creole, accepted
 *       documents for 20 %, counted beds for shelters, 2 % inactive.
 * </ul>
 *
 * Every service is generated from its own index and the seed, so batches can be made independently.
 */
final class SyntheticDirectory {

  /** Bump when the generated data changes, so stores loaded by an older generator are rebuilt. */
  static final int VERSION = 1;
  static final double JITTER_KM = 5;
  static final String REGION = "mx";
  static final int SERVICES_PER_ORGANIZATION = 10;

  /** Mexico City's alcaldías and the seats of 24 big cities, for the urban weight. */
  static final java.util.Set<String> CITIES = java.util.Set.of(
      "09002", "09003", "09004", "09005", "09006", "09007", "09008", "09009", "09010", "09011", "09012", "09013",
      "09014", "09015", "09016", "09017", "14039", "14120", "19039", "21114", "02004", "11020", "08037", "15033",
      "15058", "07089", "31050", "22014", "08019", "01001", "26030", "05030", "25006", "12001", "15106", "23005",
      "07101", "27004", "20067", "30193");

  private static final double KM_PER_DEGREE = 111.32;
  private static final Instant VERIFIED = Instant.parse("2026-06-01T00:00:00Z");

  private final String region;
  private final long seed;
  private final int size;
  private final List<Municipality> places;
  private final double[] cumulative;
  private final List<String> leaves;
  private final List<String> shelterLeaves;
  private final List<String> documents;
  private final List<String> organizationKinds;
  private final Ontology ontology;

  SyntheticDirectory(long seed, int size, double urbanWeight, List<Municipality> municipalities, Ontology ontology) {
    this(REGION, seed, size, urbanWeight, municipalities, ontology);
  }

  /** The directory of one region: its services and organizations say {@code region}, its places are given. */
  SyntheticDirectory(String region, long seed, int size, double urbanWeight, List<Municipality> municipalities,
      Ontology ontology) {
    this.region = region;
    this.seed = seed;
    this.size = size;
    this.ontology = ontology;
    this.places = municipalities.stream().filter(m -> m.point().isPresent()).toList();
    cumulative = new double[places.size()];
    double total = 0;
    for (int i = 0; i < places.size(); i++) {
      total += CITIES.contains(places.get(i).code().value()) ? urbanWeight : 1;
      cumulative[i] = total;
    }
    var categories = ontology.concepts(Scheme.SERVICE_CATEGORIES);
    leaves = categories.stream().filter(c -> c.narrower().isEmpty()).map(Concept::iri).sorted().toList();
    var shelters = ontology.expand("enl:shelter");
    shelterLeaves = leaves.stream().filter(shelters::contains).toList();
    documents = ontology.concepts(Scheme.DOCUMENTS).stream().map(Concept::iri).sorted().toList();
    organizationKinds = ontology.concepts(Scheme.ORGANIZATION_KINDS).stream().map(Concept::iri).sorted().toList();
  }

  int size() {
    return size;
  }

  int organizationCount() {
    return (size + SERVICES_PER_ORGANIZATION - 1) / SERVICES_PER_ORGANIZATION;
  }

  List<Municipality> places() {
    return places;
  }

  List<String> leafCategories() {
    return leaves;
  }

  List<Organization> organizations(int from, int to) {
    var out = new ArrayList<Organization>(to - from);
    for (int j = from; j < to; j++) {
      var random = random(1, j);
      out.add(new Organization(organizationId(j), region, "Organización sintética " + j + " (bench)",
          organizationKinds.get(random.nextInt(organizationKinds.size())), null, null, null, null, VERIFIED,
          "bench"));
    }
    return out;
  }

  List<ListedService> services(int from, int to) {
    var out = new ArrayList<ListedService>(to - from);
    for (int i = from; i < to; i++) {
      out.add(service(i));
    }
    return out;
  }

  ListedService service(int i) {
    var random = random(2, i);
    var place = places.get(pick(random.nextDouble() * cumulative[cumulative.length - 1]));
    var center = place.point().orElseThrow();
    double r = JITTER_KM * Math.sqrt(random.nextDouble());
    double angle = random.nextDouble() * 2 * Math.PI;
    double lat = center.latitude() + r * Math.sin(angle) / KM_PER_DEGREE;
    double lon = center.longitude() + r * Math.cos(angle) / (KM_PER_DEGREE * Math.cos(Math.toRadians(lat)));
    var point = new GeoPoint(lat, lon);

    var categories = new ArrayList<String>(2);
    categories.add(leaves.get(random.nextInt(leaves.size())));
    if (random.nextInt(10) < 3) {
      var second = leaves.get(random.nextInt(leaves.size()));
      if (!second.equals(categories.getFirst())) {
        categories.add(second);
      }
    }
    var languages = new ArrayList<String>(List.of("es"));
    if (random.nextInt(100) < 15) {
      languages.add("en");
    }
    if (random.nextInt(100) < 5) {
      languages.add("ht");
    }
    List<String> accepted = random.nextInt(100) < 20
        ? List.of(documents.get(random.nextInt(documents.size()))) : List.of();
    boolean shelter = categories.stream().anyMatch(shelterLeaves::contains);
    List<OpeningHours> hours = shelter ? everyDay() : weekdays(8 + random.nextInt(3), 15 + random.nextInt(5));
    Capacity capacity = null;
    if (shelter) {
      int total = 10 + random.nextInt(91);
      capacity = new Capacity(total, random.nextInt(total + 1), "bed-night", VERIFIED);
    }
    var serviceId = "bench-s-" + i;
    var locationId = "bench-l-" + i;
    var location = new Location(locationId, null, "Calle Sintética " + (1 + random.nextInt(900)) + ", " + place.name(),
        null, place.code(), point);
    var service = Service.builder(serviceId)
        .region(region)
        .organization(organizationId(i / SERVICES_PER_ORGANIZATION))
        .name(ontology.label(categories.getFirst(), "es") + " " + place.name() + " " + i + " (bench)")
        .description("Servicio sintético del benchmark de búsqueda")
        .categories(categories)
        .acceptedDocuments(accepted)
        .languages(languages)
        .capacity(capacity)
        .hours(hours)
        .timezone(TimeZones.of(place.code()))
        .status(random.nextInt(100) < 2 ? ServiceStatus.INACTIVE : ServiceStatus.ACTIVE)
        .lastVerifiedAt(VERIFIED)
        .source("bench")
        .locations(List.of(locationId))
        .build();
    return new ListedService(service, List.of(location));
  }

  private int pick(double target) {
    int i = Arrays.binarySearch(cumulative, target);
    return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
  }

  private SplittableRandom random(int stream, long index) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index);
  }

  static String organizationId(int j) {
    return "bench-o-" + j;
  }

  private static List<OpeningHours> weekdays(int opens, int closes) {
    var out = new ArrayList<OpeningHours>();
    for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      out.add(new OpeningHours(day, opens * 60, closes * 60));
    }
    return out;
  }

  private static List<OpeningHours> everyDay() {
    var out = new ArrayList<OpeningHours>();
    for (var day : DayOfWeek.values()) {
      out.add(new OpeningHours(day, 0, OpeningHours.END_OF_DAY));
    }
    return out;
  }
}
