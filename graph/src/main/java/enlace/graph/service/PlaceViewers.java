package enlace.graph.service;

import enlace.graph.Graph;
import enlace.graph.referral.ReferralStatus;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Who may see a confidential place exactly: an organization that delivers a service there, and an organization
 * holding an admitted referral (accepted, not closed yet) to a service delivered there, from the acceptance until
 * the referral closes. Everyone else sees the centre of its ~2 km square.
 */
public final class PlaceViewers {

  /** Why an organization may see a place exactly. */
  public enum Grant { DELIVERS, ADMITTED }

  private static final List<String> ADMITTED = Arrays.stream(ReferralStatus.values())
      .filter(ReferralStatus::isAdmitted).map(ReferralStatus::code).toList();

  private final Graph graph;
  private final String region;

  /** {@code region}: this node's, where the services an admitted referral names must be. */
  public PlaceViewers(Graph graph, String region) {
    this.graph = graph;
    this.region = region;
  }

  /**
   * The places among {@code locationIds} that {@code organization} may see exactly, and why; referrals count
   * only when {@code byReferral}. One round trip.
   */
  public CompletionStage<Map<String, Grant>> grants(String organization, Collection<String> locationIds,
      boolean byReferral) {
    if (locationIds.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    return graph.read(tx -> tx.runAsync("""
            UNWIND $ids AS id
            MATCH (l:Location {id: id})
            WITH l, EXISTS { MATCH (s:Service)-[:AT]->(l) WHERE s.organization = $organization } AS delivers
            WITH l, delivers, NOT delivers AND $byReferral AND EXISTS {
                   MATCH (s:Service)-[:AT]->(l)
                   MATCH (r:Referral {sender: $organization, service: s.id})
                   WHERE r.serviceRegion = $region AND r.status IN $admitted
                 } AS admitted
            WHERE delivers OR admitted
            RETURN l.id AS id, delivers
            """, Map.of("ids", List.copyOf(new LinkedHashSet<>(locationIds)), "organization", organization,
            "byReferral", byReferral, "region", region, "admitted", ADMITTED))
        .thenCompose(c -> c.listAsync(r -> Map.entry(r.get("id").asString(),
            r.get("delivers").asBoolean() ? Grant.DELIVERS : Grant.ADMITTED))))
        .thenApply(entries -> {
          var out = new HashMap<String, Grant>();
          entries.forEach(e -> out.put(e.getKey(), e.getValue()));
          return Map.copyOf(out);
        });
  }
}
