package enlace.graph.referral;

import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** One optional webhook per organization, kept apart from the organization's public record. */
public final class WebhookRepository {

  private final Graph graph;
  private final AuditLog audit;

  public WebhookRepository(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  public CompletionStage<Webhook> set(Webhook webhook, AuditEntry entry, Instant at) {
    return graph.write(tx -> tx.runAsync("""
            MERGE (w:ReferralWebhook {organization: $org})
            SET w.url = $url, w.secret = $secret
            """, Map.of("org", webhook.organization(), "url", webhook.url().toString(), "secret", webhook.secret()))
        .thenCompose(c -> c.consumeAsync())
        .thenCompose(s -> audit.append(tx, entry, at))
        .thenApply(e -> webhook));
  }

  public CompletionStage<Boolean> remove(String organization, AuditEntry entry, Instant at) {
    return graph.write(tx -> tx.runAsync("""
            MATCH (w:ReferralWebhook {organization: $org}) DELETE w RETURN count(*) AS n
            """, Map.of("org", organization))
        .thenCompose(c -> c.singleAsync())
        .thenCompose(r -> audit.append(tx, entry, at).thenApply(e -> r.get("n").asLong() > 0)));
  }

  public CompletionStage<List<Webhook>> of(Collection<String> organizations) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (w:ReferralWebhook) WHERE w.organization IN $orgs RETURN w
            """, Map.of("orgs", List.copyOf(organizations)))
        .thenCompose(c -> c.listAsync(r -> {
          var n = r.get("w").asNode();
          return new Webhook(n.get("organization").asString(), URI.create(n.get("url").asString()),
              n.get("secret").asString());
        })));
  }
}
