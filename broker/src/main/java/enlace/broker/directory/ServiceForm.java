package enlace.broker.directory;

import enlace.graph.service.Capacity;
import enlace.graph.service.Service;
import enlace.ontology.Ontology;
import enlace.ontology.RecordFacts;
import enlace.ontology.Scheme;
import enlace.ontology.ValidationReport.Severity;
import enlace.ontology.ValidationReport.Violation;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an office's service input into a service: concepts resolved through the ontology, the record
 * checked against the ontology's SHACL shapes with each violation named by its input field, and the
 * rest (audience, capacity, hours, time zone, location ids) checked here.
 */
final class ServiceForm {

  private static final Map<String, String> FIELDS = Map.of(
      "name", "input.name",
      "category", "input.categories",
      "acceptedDocument", "input.acceptedDocuments",
      "language", "input.languages",
      "capacityTotal", "input.capacity.total",
      "capacityAvailable", "input.capacity.available");

  private final Ontology ontology;

  ServiceForm(Ontology ontology) {
    this.ontology = ontology;
  }

  /**
   * The service the input describes, still to be built: the time zone is left at its default when the
   * input gives none. Every problem is noted in {@code problems}; build only when there is none.
   */
  Service.Builder read(ServiceInput in, String id, String owner, String region, Instant now,
      InputProblems problems) {
    var name = problems.text("input.name", in.name(), InputProblems.NAME_LENGTH);
    var categories = problems.concepts(ontology, Scheme.SERVICE_CATEGORIES, "input.categories", in.categories());
    var documents = problems.concepts(ontology, Scheme.DOCUMENTS, "input.acceptedDocuments", in.acceptedDocuments());
    checkShapes(in, name, categories, documents, problems);
    var builder = Service.builder(id).region(region).organization(owner).name(name)
        .description(problems.text("input.description", in.description(), InputProblems.TEXT_LENGTH))
        .categories(categories)
        .acceptedDocuments(documents)
        .languages(in.languages())
        .audience(audience(in.audience(), ontology, problems))
        .capacity(capacity(in.capacity(), now, problems))
        .hours(DirectoryWrites.openingHours(in.hours(), "input.hours", problems))
        .cost(problems.text("input.cost", in.cost(), InputProblems.NAME_LENGTH))
        .confidential(in.confidential())
        .locations(locationIds(in.locationIds(), problems));
    if (in.timezone() != null) {
      builder.timezone(problems.read("input.timezone", () -> DirectoryWrites.zone(in.timezone(), "input.timezone")));
    }
    return builder;
  }

  private void checkShapes(ServiceInput in, String name, List<String> categories, List<String> documents,
      InputProblems problems) {
    var facts = new LinkedHashMap<String, List<Object>>();
    facts.put("name", name == null ? List.of() : List.of(name));
    facts.put("category", categories.stream().<Object>map(URI::create).toList());
    facts.put("acceptedDocument", documents.stream().<Object>map(URI::create).toList());
    facts.put("language", List.copyOf(in.languages()));
    if (in.capacity() != null) {
      facts.put("capacityTotal", listOf(in.capacity().total()));
      facts.put("capacityAvailable", listOf(in.capacity().available()));
    }
    for (var violation : ontology.validate(new RecordFacts("input", "Service", facts)).violations()) {
      var argument = argument(violation, in);
      if (violation.severity() == Severity.VIOLATION && !problems.has(argument)) {
        problems.add(argument, violation.message());
      }
    }
  }

  /** The input field a violation is about, with the index of the offending item of a list when known. */
  private static String argument(Violation violation, ServiceInput in) {
    var field = violation.field().map(FIELDS::get).orElse("input");
    var value = violation.value().map(v -> v.replaceAll("^\"|\"$", ""));
    int index = field.equals("input.languages") ? value.map(in.languages()::indexOf).orElse(-1) : -1;
    return index < 0 ? field : field + "[" + index + "]";
  }

  /** Audience tags, the notations of the ontology's audiences. */
  private static List<String> audience(List<String> audience, Ontology ontology, InputProblems problems) {
    var tags = ontology.concepts(Scheme.AUDIENCES).stream().flatMap(c -> c.notation().stream()).toList();
    for (int i = 0; i < audience.size(); i++) {
      if (!tags.contains(audience.get(i))) {
        problems.add("input.audience[" + i + "]", "'" + audience.get(i) + "' is not one of " + tags);
      }
    }
    return audience;
  }

  private static Capacity capacity(CapacityInput capacity, Instant now, InputProblems problems) {
    if (capacity == null || problems.has("input.capacity")) {
      return null;
    }
    var unit = problems.text("input.capacity.unit", capacity.unit(), 40);
    if (capacity.available() > capacity.total()) {
      problems.add("input.capacity", "capacity needs 0 <= available <= total, got available " + capacity.available()
          + " of " + capacity.total());
      return null;
    }
    return problems.read("input.capacity", () -> new Capacity(capacity.total(), capacity.available(), unit, now));
  }

  private static List<String> locationIds(List<String> ids, InputProblems problems) {
    var seen = new HashSet<String>();
    for (int i = 0; i < ids.size(); i++) {
      var argument = "input.locationIds[" + i + "]";
      if (problems.id(argument, ids.get(i)) != null && !seen.add(ids.get(i))) {
        problems.add(argument, "location " + ids.get(i) + " is listed twice");
      }
    }
    return ids;
  }

  private static List<Object> listOf(Object value) {
    return value == null ? List.of() : List.of(value);
  }
}
