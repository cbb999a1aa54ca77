package enlace.broker.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.cli.CommandLines;
import enlace.graph.Graph;
import enlace.graph.GraphSettings;
import enlace.graph.audit.AuditEntry;
import enlace.graph.outbox.Outbox;
import enlace.graph.outbox.PeerMessage;
import enlace.graph.referral.Consent;
import enlace.graph.referral.Contact;
import enlace.graph.referral.Household;
import enlace.graph.referral.Profile;
import enlace.graph.referral.Referral;
import enlace.graph.referral.ReferralRepository;
import enlace.graph.referral.ReferralStatus;
import enlace.graph.referral.ReferralTransitions;
import enlace.graph.referral.Transition;
import enlace.graph.referral.Urgency;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expiry and retention on a clock the test controls, and the purge command of a stopped node. */
class ReferralRetentionIT {

  private static final Instant T0 = Instant.parse("2026-01-10T15:00:00Z");

  private static GraphSettings settings(Path dir) {
    return GraphSettings.embedded(dir).withPageCacheBytes(8L << 20);
  }

  private static Referral referral(String id, Instant at) {
    var consent = new Consent("shelter", List.of(), Set.of(Consent.ReferralField.HOUSEHOLD,
        Consent.ReferralField.PROFILE), "v1", at, "officer", null);
    return new Referral(id, "mx", ReferralStatus.REQUESTED, List.of("https://w3id.org/enlace/ns#shelter"),
        List.of("https://w3id.org/enlace/ns#doc-tvrh"), List.of("es"), "02001", null, Urgency.ROUTINE,
        new Household(1, 2), new Profile(Profile.Gender.WOMAN, null, List.of(Profile.AgeGroup.ADULT,
            Profile.AgeGroup.CHILD, Profile.AgeGroup.INFANT), true, null, true), "REF-" + id, "dam", "shelter", "svc", "mx", at, at, at.plus(Duration.ofHours(72)),
        null, null, null, null, consent);
  }

  private static AuditEntry entry(String id) {
    return new AuditEntry("officer", "test", "dam", "test", "Referral:" + id, List.of());
  }

  @Test
  void shouldExpireUnansweredReferralsAndPurgeClosedOnesAfterTheRetentionPeriod(@TempDir Path dir) {
    expireAndPurge(dir);
  }

  private static void expireAndPurge(Path dir) {
    try (var graph = Graph.open(settings(dir))) {
      var repository = new ReferralRepository(graph);
      var transitions = new ReferralTransitions(graph);
      repository.create(referral("old", T0), Optional.of(new Contact("+52 646 000 0000", null)), "officer",
          entry("old")).toCompletableFuture().join();
      repository.create(referral("open", T0), Optional.empty(), "officer", entry("open")).toCompletableFuture().join();
      transitions.move(new Transition("open", ReferralStatus.ACCEPTED, "shelter", "worker", null, null, entry("open"),
          T0.plus(Duration.ofHours(1)))).toCompletableFuture().join();

      messagesToAndFromPeers(graph);

      assertEquals(List.of(), transitions.expire(T0.plus(Duration.ofHours(71)), 10).toCompletableFuture().join());
      var expired = transitions.expire(T0.plus(Duration.ofHours(73)), 10).toCompletableFuture().join();
      assertEquals(List.of("old"), expired.stream().map(m -> m.referral().id()).toList(), "only the unanswered one");
      assertEquals(ReferralStatus.EXPIRED, expired.getFirst().referral().status());
    }
    var early = purge(dir, T0.plus(Duration.ofDays(100)));
    assertTrue(early.contains("from 0 referrals"), early);
    var late = purge(dir, T0.plus(Duration.ofDays(200)));
    assertTrue(late.contains("from 1 referrals"), late);
    try (var graph = Graph.open(settings(dir))) {
      var row = graph.read(tx -> tx.runAsync("""
          MATCH (r:Referral {id: 'old'})
          RETURN r.clientReference AS ref, r.documents AS docs, r.adults AS adults, r.anonymisedAt AS at,
                 r.needs AS needs, [k IN keys(r) WHERE k STARTS WITH 'profile'] AS profile,
                 r.status AS status, COUNT { (r)-[:CONTACT]->() } AS contacts
          """, Map.of()).thenCompose(c -> c.singleAsync())).toCompletableFuture().join();
      assertTrue(row.get("ref").isNull());
      assertEquals(List.of(), row.get("docs").asList());
      assertTrue(row.get("adults").isNull());
      assertEquals(List.of(), row.get("profile").asList(), "no part of the profile outlives the retention period");
      assertNotNull(row.get("at").asZonedDateTime());
      assertEquals(0, row.get("contacts").asLong());
      assertEquals("expired", row.get("status").asString(), "the status stays for the counts");
      assertEquals(1, row.get("needs").size());
      var open = graph.read(tx -> tx.runAsync("""
          MATCH (r:Referral {id: 'open'}) RETURN r.clientReference AS ref, r.profileGender AS gender
          """, Map.of()).thenCompose(c -> c.singleAsync())).toCompletableFuture().join();
      assertEquals("REF-open", open.get("ref").asString(), "an open referral keeps its data");
      assertEquals("WOMAN", open.get("gender").asString(), "and its profile, the consent sharing it");
      var messages = graph.read(tx -> tx.runAsync("""
          MATCH (m:OutboxMessage) RETURN m.id AS id, m.payload IS NULL AS erased ORDER BY id""", Map.of())
          .thenCompose(c -> c.listAsync(r -> r.get("id").asString() + (r.get("erased").asBoolean() ? " erased" : ""))))
          .toCompletableFuture().join();
      assertEquals(List.of("m-delivered erased", "m-old erased", "m-open"), messages,
          "the purged referral's waiting message and every delivered payload are erased");
      long receipts = graph.read(tx -> tx.runAsync("MATCH (r:ReceivedMessage) RETURN count(r) AS n", Map.of())
          .thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong())).toCompletableFuture().join();
      assertEquals(0, receipts, "receipts of messages received before the retention period are forgotten");
    }
  }

  /**
   * Messages to another region about the two referrals (one still waiting, as for a peer down for good), one
   * delivered by an earlier version that kept its payload, and the receipt of one received from a peer.
   */
  private static void messagesToAndFromPeers(Graph graph) {
    for (var referral : List.of("old", "open")) {
      graph.write(tx -> Outbox.append(tx, PeerMessage.due("m-" + referral, "centre", "referral.created",
          "{\"clientReference\":\"REF-" + referral + "\"}", Optional.of(referral), T0))).toCompletableFuture().join();
    }
    graph.execute("""
        CREATE (:OutboxMessage {id: 'm-delivered', peer: 'centre', kind: 'referral.created', referral: 'gone',
                                payload: '{"clientReference":"REF-gone"}', deliveredAt: datetime($at)})""",
        Map.of("at", T0.toString()));
    graph.write(tx -> Outbox.firstReceipt(tx, "centre:referral.status:x:centre:1", "centre", T0))
        .toCompletableFuture().join();
  }

  private static String purge(Path dir, Instant now) {
    return CommandLines.run(0, "referrals", "purge", "--data-dir", dir.toString(), "--older-than", "180d",
        "--now", now.toString());
  }
}
