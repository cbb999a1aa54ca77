package enlace.graph.provenance;

import enlace.graph.Graph;
import enlace.graph.Records;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Files read for a preview and not yet confirmed: kept in the store (any instance of the region may be asked to
 * confirm), for their owner only, until they expire; confirming or expiring removes them.
 */
public final class ImportPreviews {

  /**
   * A preview as stored: whose it is, what was read, the values the user chose for unclear ones (JSON), and the
   * fingerprint of what each row would do.
   */
  public record Stored(String id, String owner, String organization, String format, String source, String fileName,
      byte[] content, String choices, String outcomes, Instant expiresAt) {}

  private final Graph graph;

  public ImportPreviews(Graph graph) {
    this.graph = graph;
  }

  public CompletionStage<Void> save(Stored preview, Instant now) {
    var row = new HashMap<String, Object>();
    row.put("id", preview.id());
    row.put("owner", preview.owner());
    row.put("organization", preview.organization());
    row.put("format", preview.format());
    row.put("source", preview.source());
    row.put("fileName", preview.fileName());
    row.put("content", preview.content());
    row.put("choices", preview.choices());
    row.put("outcomes", preview.outcomes());
    row.put("expiresAt", Records.toStore(preview.expiresAt()));
    return graph.write(tx -> tx.runAsync("""
            MATCH (old:ImportPreview) WHERE old.expiresAt < $now DELETE old
            WITH count(*) AS purged
            CREATE (p:ImportPreview) SET p = $row""", Map.of("row", row, "now", Records.toStore(now)))
        .thenCompose(c -> c.consumeAsync()).thenApply(done -> null));
  }

  /** The preview {@code id} while it has not expired. */
  public CompletionStage<Optional<Stored>> find(String id, Instant now) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (p:ImportPreview {id: $id}) WHERE p.expiresAt >= $now RETURN p""",
            Map.of("id", id, "now", Records.toStore(now)))
        .thenCompose(c -> c.listAsync(r -> {
          var p = r.get("p");
          return new Stored(p.get("id").asString(), p.get("owner").asString(), p.get("organization").asString(null),
              p.get("format").asString(), p.get("source").asString(), p.get("fileName").asString(),
              p.get("content").asByteArray(), p.get("choices").asString("[]"), p.get("outcomes").asString(),
              Records.instant(p.get("expiresAt")));
        }))
        .thenApply(list -> list.stream().findFirst()));
  }

  /** Removes the preview once it has been confirmed. */
  public CompletionStage<Void> remove(String id) {
    return graph.write(tx -> tx.runAsync("MATCH (p:ImportPreview {id: $id}) DELETE p", Map.of("id", id))
        .thenCompose(c -> c.consumeAsync()).thenApply(done -> null));
  }
}
