package enlace.broker.directory;

import enlace.broker.security.Caller;
import enlace.broker.security.Forbidden;
import enlace.broker.security.Scope;
import enlace.graph.Change;
import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.municipality.Region;
import enlace.graph.service.OpeningHours;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceChanges;
import enlace.graph.service.ServiceRepository;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.CompletionStage;

/**
 * The changes offices make to their own entries. Every method checks the caller's scope and
 * organization, validates the whole input before anything is written, and leaves an audit event.
 */
public final class DirectoryWrites {

  private final ServiceChanges changes;
  private final ServiceRepository services;
  private final List<Region> regions;
  private final Clock clock;

  public DirectoryWrites(Graph graph, List<Region> regions, Clock clock) {
    this.changes = new ServiceChanges(graph);
    this.services = new ServiceRepository(graph);
    this.regions = List.copyOf(regions);
    this.clock = clock;
  }

  public CompletionStage<Service> updateCapacity(Caller caller, String serviceId, int available, Integer total) {
    caller.require(Scope.DIRECTORY_WRITE);
    var id = serviceId(serviceId);
    if (available < 0) {
      throw new InvalidArgument("available", "cannot be negative, got " + available);
    }
    if (total != null && total < available) {
      throw new InvalidArgument("total", "must be at least the " + available + " places available, got " + total);
    }
    var fields = total == null ? List.of("capacityAvailable") : List.of("capacityAvailable", "capacityTotal");
    return changes.updateCapacity(id, available, Optional.ofNullable(total), Optional.of(organization(caller)),
        clock.instant(), entry(caller, "updateCapacity", "Service:" + id, fields)).thenApply(DirectoryWrites::done);
  }

  public CompletionStage<Service> setOpeningHours(Caller caller, String serviceId, List<HoursInput> hours,
      String timezone) {
    caller.require(Scope.DIRECTORY_WRITE);
    var id = serviceId(serviceId);
    var parsed = hours(hours);
    var zone = Optional.ofNullable(timezone).map(tz -> zone(tz, "timezone"));
    return changes.setOpeningHours(id, parsed, zone, Optional.of(organization(caller)), clock.instant(),
        entry(caller, "setOpeningHours", "Service:" + id, List.of("hours"))).thenApply(DirectoryWrites::done);
  }

  /** The owner marks its own service verified; a coordinator may verify any service in its region. */
  public CompletionStage<Service> markVerified(Caller caller, String serviceId) {
    var id = serviceId(serviceId);
    var entry = entry(caller, "markVerified", "Service:" + id, List.of("lastVerifiedAt", "verifiedBy"));
    if (caller.has(Scope.DIRECTORY_WRITE)) {
      return changes.markVerified(id, caller.subject(), Optional.of(organization(caller)), clock.instant(), entry)
          .thenApply(DirectoryWrites::done);
    }
    caller.require(Scope.COORDINATOR);
    var region = caller.region().flatMap(r -> regions.stream().filter(x -> x.id().equals(r)).findFirst())
        .orElseThrow(() -> new Forbidden("a coordinator token must name a region this node knows"));
    return services.byId(id).thenCompose(found -> {
      var service = found.orElseThrow(() -> new NotFound("serviceId", "no service has this id"));
      return services.locationsByIds(service.locationIds()).thenCompose(locations -> {
        if (locations.values().stream().noneMatch(l -> region.covers(l.municipality().stateCode()))) {
          throw new Forbidden("this service is outside the coordinator's region " + region.id());
        }
        return changes.markVerified(id, caller.subject(), Optional.empty(), clock.instant(), entry);
      });
    }).thenApply(DirectoryWrites::done);
  }

  public CompletionStage<Service> retireService(Caller caller, String serviceId) {
    caller.require(Scope.DIRECTORY_WRITE);
    var id = serviceId(serviceId);
    return changes.retire(id, Optional.of(organization(caller)), clock.instant(),
        entry(caller, "retireService", "Service:" + id, List.of("status"))).thenApply(DirectoryWrites::done);
  }

  private static String serviceId(String globalId) {
    return GlobalId.decode(globalId, "serviceId").expect("Service", "serviceId").localId();
  }

  static String organization(Caller caller) {
    return caller.organization().orElseThrow(() ->
        new Forbidden("the token names no organization; changes are made on behalf of one"));
  }

  static AuditEntry entry(Caller caller, String action, String target, List<String> fields) {
    return new AuditEntry(caller.subject(), caller.clientId(), caller.organization().orElse(""), action, target,
        fields);
  }

  private static List<OpeningHours> hours(List<HoursInput> hours) {
    var problems = new InputProblems();
    var out = openingHours(hours, "hours", problems);
    problems.throwIfAny();
    return out;
  }

  /** The openings that parse; each one that does not is noted as {@code argument[i]}. */
  static List<OpeningHours> openingHours(List<HoursInput> hours, String argument, InputProblems problems) {
    var out = new ArrayList<OpeningHours>();
    for (int i = 0; i < hours.size(); i++) {
      var h = hours.get(i);
      var parsed = problems.read(argument + "[" + i + "]", () ->
          OpeningHours.of(DayOfWeek.valueOf(h.weekday().toUpperCase(Locale.ROOT)), h.opens(), h.closes()));
      if (parsed != null) {
        out.add(parsed);
      }
    }
    return out;
  }

  static ZoneId zone(String timezone, String argument) {
    try {
      return ZoneId.of(timezone);
    } catch (DateTimeException e) {
      throw new InvalidArgument(argument, "not an IANA time zone such as America/Mexico_City: " + timezone);
    }
  }

  private static Service done(Change<Service> change) {
    return done(change, id -> new NotFound("serviceId", "no service has this id"),
        id -> new Forbidden("this service belongs to another organization"));
  }

  /** The changed record, or the failure the caller gets when it was missing or someone else's. */
  static <T> T done(Change<T> change, Function<String, RuntimeException> missing,
      Function<String, RuntimeException> foreign) {
    return switch (change) {
      case Change.Done<T> done -> done.value();
      case Change.NotFound<T> absent -> throw missing.apply(absent.id());
      case Change.NotOwned<T> owned -> throw foreign.apply(owned.id());
    };
  }
}
