package enlace.connectors.imports;

import enlace.graph.Graph;
import enlace.graph.provenance.BatchResult;
import enlace.graph.provenance.Duplicates;
import enlace.graph.provenance.ImportBatch;
import enlace.graph.provenance.ImportItem;
import enlace.graph.provenance.ImportWarning;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Imports what a reader parsed: checks every record first (by default a file with one error imports nothing),
 * then writes the valid ones in batches of one transaction each, in order, each with its warnings.
 */
public final class Importer {

  /** Told after each batch how many of the records have been written. */
  @FunctionalInterface
  public interface Progress {
    void advanced(int done, int total);
  }

  private final ImportBatch batches;
  private final Clock clock;
  private final UnaryOperator<String> folding;

  /** {@code folding} gives the key a vocabulary value is grouped and mapped by (the ontology's). */
  public Importer(Graph graph, Clock clock, UnaryOperator<String> folding) {
    this.batches = new ImportBatch(graph);
    this.clock = clock;
    this.folding = folding;
  }

  public CompletionStage<ImportSummary> run(Parsed parsed, ImportOptions options, Progress progress) {
    var now = clock.instant();
    var problems = new ArrayList<>(parsed.problems());
    var warnings = parsed.problems().stream().filter(p -> !p.isError())
        .collect(Collectors.groupingBy(Problem::origin));
    var items = new ArrayList<ImportItem>();
    var ids = new HashSet<String>();
    var origins = new HashMap<String, ImportRecord.Origin>();
    for (var record : parsed.records()) {
      prepare(record, options, now, ids, problems).ifPresent(item -> {
        var origin = record.origin();
        items.add(item.withWarnings(warnings(record, warnings.getOrDefault(origin.file() + "|" + origin.where(),
            List.of()), options.region())));
        origins.put(item.key(), origin);
      });
    }
    int read = parsed.read();
    var outcome = new Outcome(read, problems, options.dryRun());
    if (outcome.hasErrors() && !options.skipInvalid()) {
      return CompletableFuture.completedFuture(outcome.refusedWhole());
    }
    if (options.owner().isPresent() && !options.skipInvalid() && !options.dryRun()) {
      // another organization's records show only against the store: look first, to keep a file all or nothing
      var dry = new ImportOptions(options.source(), options.region(), true, false, options.owner(), options.entry(),
          options.batchSize());
      return write(items, dry, now, new Outcome(read, problems, true), origins, (d, t) -> { })
          .thenCompose(check -> check.errors().isEmpty()
              ? write(items, options, now, outcome, origins, progress)
              : CompletableFuture.completedFuture(new Outcome(read, check.problems(), false).refusedWhole()));
    }
    return write(items, options, now, outcome, origins, progress);
  }

  /** The counts and problems of one run, and how they add up. */
  private record Outcome(int read, List<Problem> problems, boolean dryRun) {

    boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }

    ImportSummary refusedWhole() {
      return new ImportSummary(read, 0, 0, 0, 0, read, 0, problems, dryRun, false);
    }

    ImportSummary counted(int[] c, boolean written, List<ImportSummary.Row> rows) {
      var refused = problems.stream().filter(Problem::isError).map(Problem::origin).collect(Collectors.toSet());
      int withWarnings = (int) problems.stream().filter(p -> !p.isError()).map(Problem::origin)
          .filter(o -> !refused.contains(o)).distinct().count();
      return new ImportSummary(read, c[0], c[1], c[2], c[3], refused.size(), withWarnings, problems, dryRun, written,
          rows);
    }
  }

  private CompletionStage<ImportSummary> write(List<ImportItem> items, ImportOptions options, Instant now,
      Outcome found, Map<String, ImportRecord.Origin> origins, Progress progress) {
    var problems = new ArrayList<>(found.problems());
    var rows = new ArrayList<ImportSummary.Row>();
    var batchOptions = new ImportBatch.Options(options.owner(), options.dryRun(), now, options.entry());
    CompletionStage<int[]> chain = CompletableFuture.completedFuture(new int[4]);
    for (int from = 0; from < items.size(); from += options.batchSize()) {
      var batch = items.subList(from, Math.min(items.size(), from + options.batchSize()));
      int done = from + batch.size();
      chain = chain.thenCompose(counts -> batches.write(batch, batchOptions).thenApply(result -> {
        add(counts, result, problems, origins);
        result.decisions().forEach(d -> {
          var origin = origins.getOrDefault(d.key(), new ImportRecord.Origin("", d.key()));
          rows.add(new ImportSummary.Row(origin.file(), origin.where(), d.key().substring(d.key().lastIndexOf('|') + 1),
              d.outcome(), d.target(), d.targetName()));
        });
        progress.advanced(done, items.size());
        return counts;
      }));
    }
    return chain.thenApply(c -> new Outcome(found.read(), problems, options.dryRun())
        .counted(c, !options.dryRun() && c[0] + c[1] + c[3] > 0, rows));
  }

  private static Optional<ImportItem> prepare(ImportRecord record, ImportOptions options, Instant now,
      HashSet<String> ids, List<Problem> problems) {
    var origin = record.origin();
    var organization = record.organization();
    if (options.owner().isPresent() && organization != null && !options.owner().get().equals(organization.id())) {
      problems.add(Problem.error(Problem.Kind.FOREIGN_RECORD, origin.file(), origin.where(), "organization.id",
          organization.id(), new Problem.Message("solo puede importar registros de su propia organización "
              + options.owner().get() + ", no de " + organization.id(), "you may import only records of your own "
              + "organization " + options.owner().get() + ", got " + organization.id())));
      return Optional.empty();
    }
    if (!ids.add(record.getClass().getSimpleName() + "|" + record.id())) {
      problems.add(Problem.error(Problem.Kind.DUPLICATE_ID, origin.file(), origin.where(), "id", record.id(),
          new Problem.Message("el id " + record.id() + " aparece dos veces en esta importación",
              "the id " + record.id() + " appears twice in this import")));
      return Optional.empty();
    }
    try {
      return Optional.of(Items.of(record, options.source(), options.region(), now));
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(new Problem(origin.file(), origin.where(), "", e.getMessage()));
      return Optional.empty();
    }
  }

  /** The warnings of a record as the store keeps them: about the record, or about its organization's kind. */
  private List<ImportWarning> warnings(ImportRecord record, List<Problem> found, String region) {
    var out = new ArrayList<ImportWarning>();
    for (var p : found) {
      var topic = Topics.of(p.kind());
      boolean aboutOrganization = p.kind() == Problem.Kind.ORGANIZATION_KIND && record.organization() != null;
      var target = aboutOrganization ? record.organization().id() : record.id();
      var targetKind = aboutOrganization ? "organization" : switch (record) {
        case ServiceRecord s -> "service";
        case VacancyRecord v -> "vacancy";
        case LocationRecord l -> "location";
        case OrganizationRecord o -> "organization";
      };
      var value = p.value() == null ? "" : p.value();
      var key = topic != null ? folding.apply(value) : Duplicates.normalise(value);
      out.add(new ImportWarning(region, target, targetKind, p.kind().name(), topic, p.field(), value, key,
          p.message().es(), p.message().en()));
    }
    return out;
  }

  private static void add(int[] counts, BatchResult result, List<Problem> problems,
      Map<String, ImportRecord.Origin> origins) {
    counts[0] += result.created();
    counts[1] += result.updated();
    counts[2] += result.unchanged();
    counts[3] += result.merged();
    for (var refusal : result.refused()) {
      var origin = origins.getOrDefault(refusal.key(), new ImportRecord.Origin("", refusal.key()));
      var field = refusal.location() == null ? "id" : origin.placeField(refusal.location());
      problems.add(Problem.error(Problem.Kind.FOREIGN_RECORD, origin.file(), origin.where(), field, null,
          new Problem.Message(refusal.reason(), refusal.reason())));
    }
  }
}
