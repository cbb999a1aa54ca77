package enlace.graph.referral;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * Counts of referrals by status, reject reason, need and municipality, for coordinators. No query here
 * returns a referral, a client reference, a document or a language: only counts.
 */
public final class ReferralStats {

  private final Graph graph;
  private final AuditLog audit;

  public ReferralStats(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  /** Referrals to or from municipalities of these states (all when empty), created since {@code since}. */
  public CompletionStage<ReferralCounts> count(Set<String> stateCodes, Optional<Instant> since, AuditEntry entry,
      Instant at) {
    var p = new HashMap<String, Object>();
    p.put("states", List.copyOf(stateCodes));
    p.put("since", since.map(Records::toStore).orElse(null));
    return graph.write(tx -> counts(tx, "r.status", p).thenCompose(byStatus ->
        counts(tx, "r.rejectReason", p).thenCompose(byReason ->
            counts(tx, "need", p).thenCompose(byNeed ->
                counts(tx, "r.municipality", p).thenCompose(byMunicipality ->
                    audit.append(tx, entry, at).thenApply(e -> new ReferralCounts(
                        byStatus.values().stream().mapToLong(Long::longValue).sum(),
                        byStatus, byReason, byNeed, byMunicipality)))))));
  }

  private static CompletionStage<Map<String, Long>> counts(AsyncTransactionContext tx, String key,
      Map<String, Object> p) {
    var cypher = """
        MATCH (r:Referral)
        WHERE (size($states) = 0 OR substring(r.municipality, 0, 2) IN $states)
          AND ($since IS NULL OR r.createdAt >= $since)
        """ + (key.equals("need") ? "UNWIND r.needs AS need\n" : "")
        + "WITH " + key + " AS key WHERE key IS NOT NULL\nRETURN key, count(*) AS n ORDER BY n DESC, key";
    return tx.runAsync(cypher, p)
        .thenCompose(c -> c.listAsync(r -> Map.entry(r.get("key").asString(), r.get("n").asLong())))
        .thenApply(rows -> {
          var out = new LinkedHashMap<String, Long>();
          rows.forEach(e -> out.put(e.getKey(), e.getValue()));
          return out;
        });
  }
}
