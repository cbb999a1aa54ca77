package enlace.graph.referral;

import enlace.graph.Change;
import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import enlace.graph.outbox.Outbox;
import enlace.graph.outbox.PeerMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Record;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * Referrals in the graph: created with their consent, contact and first event in one transaction; read
 * only by the organizations that send or receive them, each read (allowed or refused) audited in the
 * transaction that reads.
 */
public final class ReferralRepository {

  private final Graph graph;
  private final AuditLog audit;

  public ReferralRepository(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  /** Writes a new referral (status requested) with its consent, contact and first event. */
  public CompletionStage<ReferralEvent> create(Referral referral, Optional<Contact> contact, String actor,
      AuditEntry entry) {
    return create(referral, contact, actor, entry, Optional.empty());
  }

  /**
   * Writes a new referral as {@link #create(Referral, Optional, String, AuditEntry)} does, and appends
   * {@code message} to the outbox in the same transaction (a referral to another region's service).
   */
  public CompletionStage<ReferralEvent> create(Referral referral, Optional<Contact> contact, String actor,
      AuditEntry entry, Optional<PeerMessage> message) {
    if (referral.status() != ReferralStatus.REQUESTED) {
      throw new IllegalArgumentException("a new referral starts as requested, not " + referral.status().code());
    }
    if (!referral.consent().allows(referral.receiverOrganization()) && !isPendingReceiver(referral)) {
      throw new ReferralRefused(ReferralRefused.Code.CONSENT_SCOPE, "the consent does not name the organization "
          + referral.receiverOrganization() + " among those that may receive the referral");
    }
    return graph.write(tx -> insert(tx, referral, contact, actor, entry)
        .thenCompose(event -> message.map(m -> Outbox.append(tx, m)).orElseGet(() ->
            CompletableFuture.completedFuture(null)).thenApply(v -> event)));
  }

  /**
   * A referral another region sent to one of this node's services, written in the transaction that records
   * the peer's message; empty when this node has it already (the referral id is unique).
   */
  CompletionStage<Optional<ReferralEvent>> receive(AsyncTransactionContext tx, Referral referral,
      Optional<Contact> contact, AuditEntry entry) {
    return tx.runAsync("MATCH (r:Referral {id: $id}) RETURN count(r) AS n", Map.of("id", referral.id()))
        .thenCompose(c -> c.singleAsync())
        .thenCompose(row -> row.get("n").asLong() > 0
            ? CompletableFuture.completedFuture(Optional.<ReferralEvent>empty())
            : insert(tx, referral, contact, referral.senderOrganization(), entry).thenApply(Optional::of));
  }

  /** The organization that provides a service of this node, if the service is here. */
  static CompletionStage<Optional<String>> serviceOrganization(AsyncTransactionContext tx, String serviceId) {
    return tx.runAsync("MATCH (o:Organization)-[:PROVIDES]->(:Service {id: $id}) RETURN o.id AS id",
            Map.of("id", serviceId))
        .thenCompose(c -> c.listAsync(r -> r.get("id").asString()))
        .thenApply(ids -> ids.stream().findFirst());
  }

  /** The receiver of a referral to another region, until that region names the organization. */
  public static String pendingReceiver(String node) {
    return "pending@" + node;
  }

  static boolean isPendingReceiver(Referral referral) {
    return referral.receiverOrganization().startsWith("pending@");
  }

  private CompletionStage<ReferralEvent> insert(AsyncTransactionContext tx, Referral referral,
      Optional<Contact> contact, String actor, AuditEntry entry) {
    var p = new HashMap<String, Object>();
    p.put("referral", ReferralRows.referral(referral));
    p.put("consent", ReferralRows.consent(referral.consent()));
    p.put("contact", contact.filter(c -> !c.isEmpty()).map(ReferralRows::contact).orElse(null));
    return tx.runAsync("""
            CREATE (r:Referral)
            SET r = $referral, r.eventCount = 0
            CREATE (r)-[:CONSENT]->(c:Consent)
            SET c = $consent, c.referral = r.id
            WITH r
            CALL (r) {
              MATCH (previous:Referral {id: r.reroutedFrom})
              CREATE (r)-[:REROUTED_FROM]->(previous)
            }
            CALL (r) {
              WITH r WHERE $contact IS NOT NULL
              CREATE (r)-[:CONTACT]->(k:ReferralContact)
              SET k = $contact, k.referral = r.id
            }
            RETURN r.id AS id
            """, p)
        .thenCompose(c -> c.consumeAsync())
        .thenCompose(done -> appendEvent(tx, referral, null, ReferralStatus.REQUESTED, actor,
            referral.senderOrganization(), referral.createdAt(), null, null))
        .thenCompose(event -> audit.append(tx, entry, referral.createdAt()).thenApply(a -> event));
  }

  /**
   * One referral as {@code organization} may read it; a read by anyone else is refused (NotOwned) and
   * still audited, as the attempt it was.
   */
  public CompletionStage<Change<ReferralRecord>> read(String id, String organization, AuditEntry entry, Instant at) {
    return graph.write(tx -> fetch(tx, List.of(id)).thenCompose(found -> {
      if (found.isEmpty()) {
        return CompletableFuture.completedFuture(new Change.NotFound<>(id));
      }
      var record = found.getFirst();
      if (!record.referral().involves(organization)) {
        return audit.append(tx, withAction(entry, "readReferralRefused"), at)
            .thenApply(e -> (Change<ReferralRecord>) new Change.NotOwned<ReferralRecord>(id));
      }
      return audit.append(tx, entry, at).thenApply(e -> new Change.Done<>(asSeenBy(record, organization)));
    }));
  }

  /** A page of the organization's inbox or outbox, newest first; each referral listed is an audited read. */
  public CompletionStage<ReferralPage> page(String organization, ReferralPage.Box box, Optional<ReferralStatus> status,
      int first, Optional<ReferralPage.Cursor> after, AuditEntry entry, Instant at) {
    var p = new HashMap<String, Object>();
    p.put("org", organization);
    p.put("status", status.map(ReferralStatus::code).orElse(null));
    p.put("afterAt", after.map(c -> (Object) Records.toStore(c.createdAt())).orElse(null));
    p.put("afterId", after.map(ReferralPage.Cursor::id).orElse(""));
    p.put("limit", first + 1);
    var side = box == ReferralPage.Box.INBOX ? "receiver" : "sender";
    return graph.write(tx -> tx.runAsync("MATCH (r:Referral {" + side + ": $org})\n" + """
            WHERE ($status IS NULL OR r.status = $status)
              AND ($afterAt IS NULL OR r.createdAt < $afterAt OR (r.createdAt = $afterAt AND r.id < $afterId))
            RETURN r.id AS id ORDER BY r.createdAt DESC, r.id DESC LIMIT $limit
            """, p)
        .thenCompose(c -> c.listAsync(r -> r.get("id").asString()))
        .thenCompose(ids -> {
          boolean more = ids.size() > first;
          var shown = more ? ids.subList(0, first) : ids;
          return fetch(tx, shown).thenCompose(records -> auditEach(tx, records, entry, at)
              .thenApply(v -> new ReferralPage(records.stream().map(r -> asSeenBy(r, organization)).toList(), more)));
        }));
  }

  private CompletionStage<Void> auditEach(AsyncTransactionContext tx, List<ReferralRecord> records, AuditEntry entry,
      Instant at) {
    CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
    for (var record : records) {
      var each = new AuditEntry(entry.actor(), entry.client(), entry.organization(), entry.action(),
          "Referral:" + record.referral().id(), entry.fields());
      chain = chain.thenCompose(v -> audit.append(tx, each, at).thenApply(e -> null));
    }
    return chain;
  }

  /** The services a referral and the referrals it was re-routed from were sent to. */
  public CompletionStage<java.util.Set<String>> triedServices(String id) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (:Referral {id: $id})-[:REROUTED_FROM*0..]->(r:Referral)
            RETURN collect(DISTINCT r.service) AS services
            """, Map.of("id", id))
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> java.util.Set.copyOf(r.get("services").asList(v -> v.asString()))));
  }

  /** Referrals with contact and events, in the order of {@code ids}. */
  static CompletionStage<List<ReferralRecord>> fetch(AsyncTransactionContext tx, List<String> ids) {
    return tx.runAsync("""
            UNWIND range(0, size($ids) - 1) AS i
            MATCH (r:Referral {id: $ids[i]})-[:CONSENT]->(c:Consent)
            OPTIONAL MATCH (r)-[:CONTACT]->(k:ReferralContact)
            RETURN i, r, c, k, COLLECT { MATCH (r)-[:EVENT]->(e:ReferralEvent) RETURN e ORDER BY e.sequence } AS events
            ORDER BY i
            """, Map.of("ids", ids))
        .thenCompose(c -> c.listAsync(ReferralRepository::record));
  }

  private static ReferralRecord record(Record row) {
    var referral = ReferralRows.referral(row.get("r"), row.get("c"));
    var events = row.get("events").asList(e -> ReferralRows.event(e, referral));
    return new ReferralRecord(referral, ReferralRows.contact(row.get("k")), events);
  }

  /** The contact goes only to the receiver, and only while the referral is open. */
  static ReferralRecord asSeenBy(ReferralRecord record, String organization) {
    var referral = record.referral();
    boolean contactVisible = referral.receiverOrganization().equals(organization) && referral.status().isOpen();
    return new ReferralRecord(referral, contactVisible ? record.contact() : null, record.events());
  }

  /** Adds the next event of a referral inside the caller's transaction. */
  static CompletionStage<ReferralEvent> appendEvent(AsyncTransactionContext tx, Referral referral,
      ReferralStatus from, ReferralStatus to, String actor, String organization, Instant at, String reason,
      String note) {
    var p = new HashMap<String, Object>();
    p.put("id", referral.id());
    p.put("from", from == null ? null : from.code());
    p.put("to", to.code());
    p.put("actor", actor);
    p.put("organization", organization);
    p.put("at", Records.toStore(at));
    p.put("reason", reason);
    p.put("note", note);
    return tx.runAsync("""
            MATCH (r:Referral {id: $id})
            SET r.eventCount = coalesce(r.eventCount, 0) + 1
            CREATE (r)-[:EVENT]->(e:ReferralEvent {referral: $id, sequence: r.eventCount, from: $from, to: $to,
                    actor: $actor, organization: $organization, at: $at, reason: $reason, note: $note})
            RETURN e.sequence AS sequence
            """, p)
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> new ReferralEvent(referral.id(), referral.region(), r.get("sequence").asLong(), from, to, actor,
            organization, at, reason, note, referral.senderOrganization(), referral.receiverOrganization()));
  }

  static AuditEntry withAction(AuditEntry entry, String action) {
    return new AuditEntry(entry.actor(), entry.client(), entry.organization(), action, entry.target(), entry.fields());
  }
}
