package enlace.connectors.imports;

import enlace.graph.Graph;
import enlace.graph.provenance.BatchResult;
import enlace.graph.provenance.ImportBatch;
import enlace.graph.provenance.ImportItem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Imports what a reader parsed: checks every record first (by default a file with one invalid record
 * imports nothing), then writes the valid ones in batches of one transaction each, in order.
 */
public final class Importer {

  /** Told after each batch how many of the records have been written. */
  @FunctionalInterface
  public interface Progress {
    void advanced(int done, int total);
  }

  private final ImportBatch batches;
  private final Clock clock;


  public Importer(Graph graph, Clock clock) {
    this.batches = new ImportBatch(graph);
    this.clock = clock;
  }

  public CompletionStage<ImportSummary> run(Parsed parsed, ImportOptions options, Progress progress) {
    var now = clock.instant();
    var problems = new ArrayList<>(parsed.problems());
    var items = new ArrayList<ImportItem>();
    var ids = new HashSet<String>();
    var origins = new java.util.HashMap<String, ImportRecord.Origin>();
    for (var record : parsed.records()) {
      prepare(record, options, now, ids, problems).ifPresent(item -> {
        items.add(item);
        origins.put(item.key(), record.origin());
      });
    }
    int rejected = rejectedRecords(problems);
    int read = items.size() + rejected;
    if (!problems.isEmpty() && !options.skipInvalid()) {
      return CompletableFuture.completedFuture(new ImportSummary(read, 0, 0, 0, 0, rejected, problems,
          options.dryRun(), false));
    }
    if (options.owner().isPresent() && !options.skipInvalid() && !options.dryRun()) {
      // another organization's records show only against the store: look first, to keep a file all or nothing
      var dry = new ImportOptions(options.source(), options.region(), true, false, options.owner(), options.entry(),
          options.batchSize());
      return write(items, dry, now, problems, read, origins, (d, t) -> { })
          .thenCompose(check -> check.problems().isEmpty()
          ? write(items, options, now, problems, read, origins, progress)
          : CompletableFuture.completedFuture(new ImportSummary(read, 0, 0, 0, 0, check.rejected(), check.problems(),
              false, false)));
    }
    return write(items, options, now, problems, read, origins, progress);
  }

  private CompletionStage<ImportSummary> write(List<ImportItem> items, ImportOptions options, java.time.Instant now,
      List<Problem> found, int read, java.util.Map<String, ImportRecord.Origin> origins, Progress progress) {
    var problems = new ArrayList<>(found);
    var batchOptions = new ImportBatch.Options(options.owner(), options.dryRun(), now, options.entry());
    CompletionStage<int[]> chain = CompletableFuture.completedFuture(new int[4]);
    for (int from = 0; from < items.size(); from += options.batchSize()) {
      var batch = items.subList(from, Math.min(items.size(), from + options.batchSize()));
      int done = from + batch.size();
      chain = chain.thenCompose(counts -> batches.write(batch, batchOptions).thenApply(result -> {
        add(counts, result, problems, origins);
        progress.advanced(done, items.size());
        return counts;
      }));
    }
    return chain.thenApply(c -> new ImportSummary(read, c[0], c[1], c[2], c[3], rejectedRecords(problems), problems,
        options.dryRun(), !options.dryRun() && c[0] + c[1] + c[3] > 0));
  }

  private static java.util.Optional<ImportItem> prepare(ImportRecord record, ImportOptions options,
      java.time.Instant now, HashSet<String> ids, List<Problem> problems) {
    var origin = record.origin();
    if (options.owner().isPresent() && !options.owner().get().equals(record.organization().id())) {
      problems.add(new Problem(origin.file(), origin.where(), "organization.id", "you may import only records of "
          + "your own organization " + options.owner().get() + ", got " + record.organization().id()));
      return java.util.Optional.empty();
    }
    if (!ids.add(record.getClass().getSimpleName() + "|" + record.id())) {
      problems.add(new Problem(origin.file(), origin.where(), "id", "the id " + record.id()
          + " appears twice in this import"));
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Items.of(record, options.source(), options.region(), now));
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(new Problem(origin.file(), origin.where(), "", e.getMessage()));
      return java.util.Optional.empty();
    }
  }

  private static void add(int[] counts, BatchResult result, List<Problem> problems,
      java.util.Map<String, ImportRecord.Origin> origins) {
    counts[0] += result.created();
    counts[1] += result.updated();
    counts[2] += result.unchanged();
    counts[3] += result.merged();
    for (var refusal : result.refused()) {
      var origin = origins.getOrDefault(refusal.key(), new ImportRecord.Origin("", refusal.key()));
      var field = refusal.location() == null ? "id" : origin.placeField(refusal.location());
      problems.add(new Problem(origin.file(), origin.where(), field, refusal.reason()));
    }
  }

  /** Problems of one record count once. */
  private static int rejectedRecords(List<Problem> problems) {
    return (int) problems.stream().map(p -> p.file() + "|" + p.where()).distinct().count();
  }
}
