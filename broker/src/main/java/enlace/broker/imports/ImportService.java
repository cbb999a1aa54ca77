package enlace.broker.imports;

import enlace.broker.directory.InvalidArgument;
import enlace.broker.security.Caller;
import enlace.broker.security.Forbidden;
import enlace.broker.security.Scope;
import enlace.connectors.imports.DataExchange;
import enlace.connectors.imports.ImportFormat;
import enlace.connectors.imports.ImportOptions;
import enlace.connectors.imports.ImportSummary;
import enlace.graph.audit.AuditEntry;
import enlace.graph.provenance.Merges;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Partners submit batches through the API. Who may write what: a token with directory:write imports only
 * records of the organization it acts for (and cannot change records of other organizations); a
 * coordinator token imports any organization's records and sees and undoes merges of duplicates. Values are
 * read with the region's mappings. Parsing runs off the event loop.
 */
public final class ImportService {

  private static final ExecutorService PARSING = Executors.newVirtualThreadPerTaskExecutor();

  private final DataExchange exchange;
  private final String region;
  private final ImportReview review;

  public ImportService(DataExchange exchange, String region, ImportReview review) {
    this.exchange = exchange;
    this.region = region;
    this.review = review;
  }

  /** The coordinators' review of the warnings imports left. */
  public ImportReview review() {
    return review;
  }

  public CompletionStage<ImportSummary> importBatch(Caller caller, String format, String source, String content,
      boolean dryRun, boolean skipInvalid) {
    var owner = owner(caller);
    var kind = ImportFormat.parse(format);
    ImportOptions options;
    try {
      options = new ImportOptions(source, region, dryRun, skipInvalid, owner, entry(caller, "import", source),
          ImportOptions.BATCH_SIZE);
    } catch (IllegalArgumentException e) {
      throw new InvalidArgument("source", e.getMessage());
    }
    return exchange.forRegion(region).thenCompose(regional -> CompletableFuture
        .supplyAsync(() -> regional.read(kind, "content", content), PARSING)
        .thenCompose(parsed -> regional.importRecords(parsed, options, (done, total) -> { })));
  }

  public CompletionStage<List<Merges.Merge>> merges(Caller caller, int first) {
    caller.require(Scope.COORDINATOR);
    return exchange.merges(Math.max(1, Math.min(first, 100)));
  }

  public CompletionStage<Optional<Merges.Merge>> undoMerge(Caller caller, String key) {
    caller.require(Scope.COORDINATOR);
    return exchange.undoMerge(key, region, entry(caller, "undoMerge", key));
  }

  static Optional<String> owner(Caller caller) {
    if (caller.has(Scope.COORDINATOR)) {
      return Optional.empty();
    }
    caller.require(Scope.DIRECTORY_WRITE);
    return Optional.of(caller.organization().orElseThrow(() ->
        new Forbidden("this token acts for no organization: importing needs one, or the coordinator scope")));
  }

  private static AuditEntry entry(Caller caller, String action, String target) {
    return new AuditEntry(caller.subject(), caller.clientId(), caller.organization().orElse(null), action, target,
        List.of());
  }
}
