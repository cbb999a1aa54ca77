package enlace.broker.imports;

import enlace.broker.directory.NotFound;
import enlace.broker.security.Caller;
import enlace.broker.security.Forbidden;
import enlace.connectors.imports.DataExchange;
import enlace.connectors.imports.ImportFormat;
import enlace.connectors.imports.ImportOptions;
import enlace.connectors.imports.ImportSummary;
import enlace.graph.audit.AuditEntry;
import enlace.graph.provenance.ImportPreviews;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An office's file, read and checked against the directory without writing (a preview, kept an hour for the one
 * who asked), then imported as it was shown. If the directory changed since, so that a row would now do something
 * else, confirming writes nothing and answers with the fresh preview to look at again.
 */
public final class ImportPreviewer {

  /** What a preview shows, and how long it is kept. */
  public record Preview(String id, String fileName, String format, Instant expiresAt, ImportSummary summary) {}

  /**
   * A value the user settled: for the problems of {@code kind} (CATEGORY, DOCUMENT, ORGANIZATION_KIND) on the written
   * {@code value}, the concept of one of the suggestions the preview offered.
   */
  public record Choice(String kind, String value, String concept) {}

  /** What confirming did: the import's summary, or, when the preview had gone stale, the new preview. */
  public record Confirmation(boolean stale, Optional<ImportSummary> summary, Optional<Preview> preview) {}

  static final Duration KEPT = Duration.ofHours(1);
  public static final int MAX_BYTES = 10 << 20;
  private static final ExecutorService READING = Executors.newVirtualThreadPerTaskExecutor();

  private final DataExchange exchange;
  private final ImportPreviews previews;
  private final String region;
  private final Clock clock;

  public ImportPreviewer(DataExchange exchange, ImportPreviews previews, String region, Clock clock) {
    this.exchange = exchange;
    this.previews = previews;
    this.region = region;
    this.clock = clock;
  }

  public CompletionStage<Preview> preview(Caller caller, String format, String source, String fileName,
      byte[] content) {
    return preview(caller, format, source, fileName, content, List.of());
  }

  private CompletionStage<Preview> preview(Caller caller, String format, String source, String fileName,
      byte[] content, List<Choice> choices) {
    var owner = ImportService.owner(caller);
    var kind = ImportFormat.parse(format);
    if (content.length > MAX_BYTES) {
      throw new IllegalArgumentException("el archivo pasa de " + (MAX_BYTES >> 20) + " MB / the file is over "
          + (MAX_BYTES >> 20) + " MB");
    }
    return dryRun(caller, kind, source, fileName, content, owner, choices).thenCompose(summary -> {
      var id = UUID.randomUUID().toString();
      var expires = clock.instant().plus(KEPT);
      var stored = new ImportPreviews.Stored(id, who(caller), owner.orElse(null), kind.value(), source, fileName,
          content, Choices.encode(choices), fingerprint(summary), expires);
      return previews.save(stored, clock.instant())
          .thenApply(saved -> new Preview(id, fileName, kind.value(), expires, summary));
    });
  }

  /**
   * Settles unclear values with suggestions the preview offered, and previews the file again with them (a new
   * preview; the old one is gone). A choice the preview did not offer is refused.
   */
  public CompletionStage<Preview> choose(Caller caller, String id, List<Choice> choices) {
    var owner = ImportService.owner(caller);
    return owned(caller, id).thenCompose(stored -> {
      var kind = ImportFormat.parse(stored.format());
      var earlier = Choices.decode(stored.choices());
      return dryRun(caller, kind, stored.source(), stored.fileName(), stored.content(), owner, earlier)
          .thenCompose(shown -> {
            choices.forEach(choice -> Choices.requireOffered(choice, shown));
            var all = new ArrayList<>(earlier);
            all.addAll(choices);
            return previews.remove(id).thenCompose(gone -> preview(caller, stored.format(), stored.source(),
                stored.fileName(), stored.content(), all));
          });
    });
  }

  private CompletionStage<ImportPreviews.Stored> owned(Caller caller, String id) {
    return previews.find(id, clock.instant()).thenApply(found -> {
      if (found.isEmpty()) {
        throw new NotFound("id", "no hay una vista previa " + id + " (caduca en una hora) / no preview " + id
            + " (previews expire after an hour)");
      }
      if (!found.get().owner().equals(who(caller))) {
        throw new Forbidden("solo quien pidió la vista previa puede usarla / only who asked for the preview may use"
            + " it");
      }
      return found.get();
    });
  }

  public CompletionStage<Confirmation> confirm(Caller caller, String id) {
    var owner = ImportService.owner(caller);
    return owned(caller, id).thenCompose(stored -> {
      var kind = ImportFormat.parse(stored.format());
      var choices = Choices.decode(stored.choices());
      return dryRun(caller, kind, stored.source(), stored.fileName(), stored.content(), owner, choices)
          .thenCompose(now -> {
        if (!fingerprint(now).equals(stored.outcomes())) {
          return previews.remove(id).thenCompose(gone -> preview(caller, stored.format(), stored.source(),
              stored.fileName(), stored.content(), choices)).thenApply(fresh -> new Confirmation(true,
              Optional.empty(), Optional.of(fresh)));
        }
        var options = options(caller, stored.source(), owner, false);
        return exchange.forRegion(region, Choices.mappings(choices)).thenCompose(regional -> CompletableFuture
            .supplyAsync(() -> regional.read(kind, stored.fileName(), stored.content()), READING)
            .thenCompose(parsed -> regional.importRecords(parsed, options, (done, total) -> { })))
            .thenCompose(summary -> previews.remove(id).thenApply(gone -> new Confirmation(false,
                Optional.of(summary), Optional.empty())));
      });
    });
  }

  private CompletionStage<ImportSummary> dryRun(Caller caller, ImportFormat kind, String source, String fileName,
      byte[] content, Optional<String> owner, List<Choice> choices) {
    var options = options(caller, source, owner, true);
    return exchange.forRegion(region, Choices.mappings(choices)).thenCompose(regional -> CompletableFuture
        .supplyAsync(() -> regional.read(kind, fileName, content), READING)
        .thenCompose(parsed -> regional.importRecords(parsed, options, (done, total) -> { })));
  }

  private ImportOptions options(Caller caller, String source, Optional<String> owner, boolean dryRun) {
    var entry = new AuditEntry(caller.subject(), caller.clientId(), caller.organization().orElse(null),
        dryRun ? "previewImport" : "confirmImport", source, List.of());
    return new ImportOptions(source, region, dryRun, true, owner, entry, ImportOptions.BATCH_SIZE);
  }

  /** Whose preview it is: the token's subject within its client and issuer. */
  private static String who(Caller caller) {
    return caller.issuer() + " " + caller.clientId() + " " + caller.subject();
  }

  /** What each row would do, as one hash: a preview is stale when this changes. */
  static String fingerprint(ImportSummary summary) {
    var text = new StringBuilder();
    summary.rows().stream().map(r -> r.where() + "|" + r.id() + "|" + r.outcome() + "|" + r.target()).sorted()
        .forEach(line -> text.append(line).append('\n'));
    summary.errors().stream().map(p -> p.where() + "|" + p.field() + "|" + p.kind()).sorted()
        .forEach(line -> text.append(line).append('\n'));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
