package enlace.connectors.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import enlace.connectors.gazetteer.TimeZones;
import enlace.connectors.schedule.Weekdays;
import enlace.graph.Graph;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.municipality.Region;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
import enlace.graph.service.Capacity;
import enlace.graph.service.ListedService;
import enlace.graph.service.Location;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceStatus;
import enlace.graph.vacancy.Vacancy;
import enlace.graph.vacancy.VacancyRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The fictional demo directory (Tapachula, Mexico City, Tijuana, Ciudad Juárez, Tenosique), dated
 * relative to the moment it is loaded so capacity and verification look as fresh or stale as intended.
 */
public final class DemoDirectory {

  public static final String SOURCE = "enlace-demo";

  private final DemoFile file;
  private final Clock clock;

  private DemoDirectory(DemoFile file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  public static DemoDirectory bundled(Clock clock) {
    try (var in = DemoDirectory.class.getResourceAsStream("/enlace/connectors/demo/directory.json")) {
      var mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
      return new DemoDirectory(mapper.readValue(in, DemoFile.class), clock);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled demo directory cannot be read", e);
    }
  }

  public Map<String, String> notice() {
    return file.notice();
  }

  /** The part of the directory inside a region, as records ready to write. */
  public Content content(Region region) {
    var now = clock.instant();
    var organizations = new ArrayList<Organization>();
    var services = new ArrayList<ListedService>();
    var vacancies = new ArrayList<Vacancy>();
    for (var org : file.organizations()) {
      var ownServices = org.services().stream()
          .filter(s -> region.covers(s.location().municipalityCode().substring(0, 2)))
          .map(s -> service(s, org, region, now))
          .toList();
      var ownVacancies = (org.vacancies() == null ? List.<DemoFile.Job>of() : org.vacancies()).stream()
          .filter(v -> region.covers(v.municipalityCode().substring(0, 2)))
          .map(v -> vacancy(v, org, region, now))
          .toList();
      if (ownServices.isEmpty() && ownVacancies.isEmpty()) {
        continue;
      }
      organizations.add(new Organization(org.id(), region.id(), org.name(), org.kind(), org.description(),
          org.website(), org.email(), org.phone(), daysAgo(now, org.verifiedDaysAgo()), SOURCE));
      services.addAll(ownServices);
      vacancies.addAll(ownVacancies);
    }
    return new Content(organizations, services, vacancies);
  }

  /** Writes the region's part of the directory; safe to repeat (records are merged by id). */
  public CompletionStage<Content> load(Graph graph, Region region) {
    var content = content(region);
    return new OrganizationRepository(graph).upsertAll(content.organizations())
        .thenCompose(n -> new enlace.graph.service.ServiceRepository(graph).upsertAll(content.services()))
        .thenCompose(n -> new VacancyRepository(graph).upsertAll(content.vacancies()))
        .thenApply(n -> content);
  }

  private static ListedService service(DemoFile.Svc s, DemoFile.Org org, Region region, Instant now) {
    var place = s.location();
    var code = new MunicipalityCode(place.municipalityCode());
    var location = new Location(place.id(), place.name(), place.address(), place.postalCode(), code,
        new GeoPoint(place.latitude(), place.longitude()));
    var capacity = s.capacity() == null ? null : new Capacity(s.capacity().total(), s.capacity().available(),
        s.capacity().unit(), now.minus(Duration.ofHours(s.capacity().updatedHoursAgo())));
    var hours = s.hours().stream().flatMap(h -> Weekdays.hours(h.days(), h.opens(), h.closes()).stream()).toList();
    var service = Service.builder(s.id())
        .region(region.id())
        .organization(org.id())
        .name(s.name())
        .description(s.description())
        .categories(s.categories())
        .acceptedDocuments(s.acceptedDocuments())
        .languages(s.languages())
        .audience(s.audience())
        .capacity(capacity)
        .hours(hours)
        .timezone(TimeZones.of(code))
        .cost(s.cost())
        .status(ServiceStatus.valueOf(s.status().toUpperCase(Locale.ROOT)))
        .lastVerifiedAt(daysAgo(now, s.verifiedDaysAgo()))
        .source(SOURCE)
        .confidential(s.confidential())
        .locations(List.of(location.id()))
        .build();
    return new ListedService(service, List.of(location));
  }

  private static Vacancy vacancy(DemoFile.Job v, DemoFile.Org org, Region region, Instant now) {
    var posted = daysAgo(now, v.postedDaysAgo());
    return new Vacancy(v.id(), region.id(), org.id(), v.title(), v.description(), v.occupation(), v.sector(),
        v.positions(), v.wage(), v.acceptedDocuments(), new MunicipalityCode(v.municipalityCode()), posted,
        v.expiresInDays() == null ? null : now.plus(Duration.ofDays(v.expiresInDays())), SOURCE);
  }

  private static Instant daysAgo(Instant now, Integer days) {
    return days == null ? null : now.minus(Duration.ofDays(days));
  }

  /** What a region's part of the demo holds. */
  public record Content(List<Organization> organizations, List<ListedService> services, List<Vacancy> vacancies) {}
}
