package enlace.graph.referral;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import enlace.graph.outbox.Outbox;
import enlace.graph.outbox.PeerMessage;
import enlace.graph.referral.ReferralRefused.Code;
import enlace.graph.referral.ReferralStatus.Party;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * The lifecycle of a referral. Every move is checked inside its write transaction (the right party, a
 * legal step from the status as stored), changes counted capacity in the same transaction, erases the
 * contact when the referral closes, and is recorded as an event and an audit entry.
 */
public final class ReferralTransitions {

  /** Capacity counted in this unit comes back when the stay ends; other units are used up. */
  public static final String RETURNED_UNIT = "bed-night";

  private final Graph graph;
  private final AuditLog audit;
  private final Relay relay;

  public ReferralTransitions(Graph graph) {
    this(graph, (moved, withdrawn) -> java.util.Optional.empty());
  }

  /** Transitions that also append the message {@code relay} makes of each move made on this node, in its transaction. */
  public ReferralTransitions(Graph graph, Relay relay) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
    this.relay = relay;
  }

  /** The message that tells the other region of a move made on this node, when there is another region. */
  @FunctionalInterface
  public interface Relay {
    java.util.Optional<PeerMessage> moved(Moved moved, boolean consentWithdrawn);
  }

  private CompletionStage<Moved> relayed(AsyncTransactionContext tx, Moved moved, boolean consentWithdrawn) {
    return relay.moved(moved, consentWithdrawn).map(m -> Outbox.append(tx, m))
        .orElseGet(() -> CompletableFuture.completedFuture(null)).thenApply(v -> moved);
  }

  public CompletionStage<Moved> move(Transition t) {
    return graph.write(tx -> load(tx, t.referralId()).thenCompose(referral -> {
      requireParty(referral, t.to().movedBy(), t.organization());
      if (!referral.status().canMoveTo(t.to())) {
        throw new ReferralRefused(Code.ILLEGAL_TRANSITION, "a referral that is " + referral.status().code()
            + " cannot become " + t.to().code() + "; it may become " + codes(referral));
      }
      return apply(tx, referral, t).thenCompose(moved -> relayed(tx, moved, false));
    }));
  }

  /**
   * A move the other region made, told by its message: applied when it is newer than the last one heard
   * ({@code sequence} counts the events of the side that moved) and the status allows it; empty otherwise.
   * Not relayed again.
   */
  CompletionStage<java.util.Optional<Moved>> applyFromPeer(AsyncTransactionContext tx, PeerMove m) {
    var p = new HashMap<String, Object>();
    p.put("id", m.referralId());
    p.put("sequence", m.sequence());
    p.put("receiver", m.receiverOrganization());
    return tx.runAsync("""
            MATCH (r:Referral {id: $id})
            WHERE coalesce(r.peerSequence, 0) < $sequence
            SET r.peerSequence = $sequence, r.receiver = coalesce($receiver, r.receiver)
            RETURN r.id AS id
            """, p)
        .thenCompose(c -> c.listAsync(r -> r.get("id").asString()))
        .thenCompose(newer -> newer.isEmpty() ? CompletableFuture.completedFuture(java.util.Optional.<Moved>empty())
            : load(tx, m.referralId()).thenCompose(referral -> applyPeerMove(tx, referral, m)));
  }

  private CompletionStage<java.util.Optional<Moved>> applyPeerMove(AsyncTransactionContext tx, Referral referral,
      PeerMove m) {
    var entry = new AuditEntry("node:" + m.peer(), m.peer(), "", "peerMoveReferral:" + m.to().code(),
        "Referral:" + referral.id(), List.of("status"));
    var t = new Transition(referral.id(), m.to(), m.organization(), "node:" + m.peer(), m.reason(), m.note(), entry,
        m.at());
    if (m.consentWithdrawn()) {
      return withdraw(tx, referral, t.organization(), t.actor(), entry, m.at()).thenApply(java.util.Optional::of);
    }
    if (referral.status() == m.to() || !referral.status().canMoveTo(m.to())) {
      return CompletableFuture.completedFuture(java.util.Optional.empty());
    }
    return apply(tx, referral, t).thenApply(java.util.Optional::of);
  }

  /**
   * The person withdrew consent: an open referral is cancelled, and whatever describes the person is
   * erased at once. Only the sender, who recorded the consent, can say so.
   */
  public CompletionStage<Moved> withdrawConsent(String referralId, String organization, String actor, AuditEntry entry,
      Instant at) {
    return graph.write(tx -> load(tx, referralId).thenCompose(referral -> {
      requireParty(referral, Party.SENDER, organization);
      return withdraw(tx, referral, organization, actor, entry, at)
          .thenCompose(moved -> relayed(tx, moved, true));
    }));
  }

  private CompletionStage<Moved> withdraw(AsyncTransactionContext tx, Referral referral, String organization,
      String actor, AuditEntry entry, Instant at) {
    var referralId = referral.id();
    CompletionStage<Moved> closed = referral.status().isOpen()
        ? apply(tx, referral, new Transition(referralId, ReferralStatus.CANCELLED, organization, actor,
            "CONSENT_WITHDRAWN", null, entry, at))
        : ReferralRepository.appendEvent(tx, referral, referral.status(), referral.status(), actor, organization, at,
            "CONSENT_WITHDRAWN", null)
            .thenCompose(e -> audit.append(tx, entry, at).thenApply(a -> new Moved(referral, e)));
    return closed.thenCompose(moved -> tx.runAsync("""
            MATCH (:Referral {id: $id})-[:CONSENT]->(c:Consent) SET c.withdrawnAt = $at
            WITH c CALL (c) { MATCH (o:EmploymentOutcome {referral: $id}) DELETE o }
            """, Map.of("id", referralId, "at", Records.toStore(at)))
        .thenCompose(c -> c.consumeAsync())
        .thenCompose(s -> erase(tx, List.of(referralId), at))
        .thenCompose(v -> load(tx, referralId))
        .thenApply(after -> new Moved(after, moved.event())));
  }

  /** Requested referrals nobody answered by their expiry: each becomes expired, in its own transaction. */
  public CompletionStage<List<Moved>> expire(Instant now, int limit) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (r:Referral {status: 'requested'}) WHERE r.expiresAt <= $now
            RETURN r.id AS id ORDER BY r.expiresAt LIMIT $limit
            """, Map.of("now", Records.toStore(now), "limit", limit))
        .thenCompose(c -> c.listAsync(r -> r.get("id").asString())))
        .thenCompose(ids -> {
          CompletionStage<List<Moved>> chain = CompletableFuture.completedFuture(new ArrayList<>());
          for (var id : ids) {
            var entry = new AuditEntry("node", "node", "", "expireReferral", "Referral:" + id, List.of("status"));
            var t = new Transition(id, ReferralStatus.EXPIRED, "", "node", "NO_ANSWER", null, entry, now);
            chain = chain.thenCompose(done -> graph.write(tx -> load(tx, id).thenCompose(referral ->
                referral.status() == ReferralStatus.REQUESTED ? apply(tx, referral, t)
                    : CompletableFuture.<Moved>completedFuture(null)))
                .thenApply(moved -> {
                  if (moved != null) {
                    done.add(moved);
                  }
                  return done;
                }));
          }
          return chain;
        });
  }

  /**
   * Erases what describes the person from closed referrals last changed before {@code cutoff}: the
   * retention period is over. Needs, municipality, statuses and reasons stay, for the counts.
   */
  public CompletionStage<Integer> purge(Instant cutoff, Instant at, int batch) {
    return graph.write(tx -> tx.runAsync("""
            MATCH (r:Referral) WHERE r.anonymisedAt IS NULL AND r.updatedAt <= $cutoff
              AND NOT r.status IN ['requested', 'accepted', 'in-progress', 'on-hold']
            RETURN r.id AS id LIMIT $batch
            """, Map.of("cutoff", Records.toStore(cutoff), "batch", batch))
        .thenCompose(c -> c.listAsync(r -> r.get("id").asString()))
        .thenCompose(ids -> erase(tx, ids, at).thenCompose(v -> {
          CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
          for (var id : ids) {
            var entry = new AuditEntry("node", "node", "", "purgeReferral", "Referral:" + id, ERASED);
            chain = chain.thenCompose(x -> audit.append(tx, entry, at).thenApply(e -> null));
          }
          return chain.thenApply(x -> ids.size());
        })));
  }

  /** The fields {@link #erase} empties. */
  static final List<String> ERASED = List.of("clientReference", "documents", "languages", "point", "household",
      "profile", "outcome", "contact", "notes", "messages to peers");

  /** Erases what describes the person, here and in the messages for the other region that have not left yet. */
  private static CompletionStage<Void> erase(AsyncTransactionContext tx, List<String> ids, Instant at) {
    return tx.runAsync("""
            MATCH (r:Referral) WHERE r.id IN $ids
            SET r.clientReference = null, r.documents = [], r.languages = [], r.point = null, r.adults = null,
                r.children = null, r.unaccompaniedMinor = null, r.outcome = null, r.anonymisedAt = $at
            SET r += $noProfile
            WITH r
            CALL (r) { MATCH (r)-[:EVENT]->(e:ReferralEvent) SET e.note = null }
            CALL (r) { MATCH (r)-[:CONTACT]->(k:ReferralContact) DETACH DELETE k }
            CALL (r) { MATCH (o:EmploymentOutcome {referral: r.id}) SET o.referral = null, o.key = randomUUID() }
            """, Map.of("ids", ids, "at", Records.toStore(at), "noProfile", ReferralRows.profile(Profile.NONE)))
        .thenCompose(c -> c.consumeAsync())
        .thenCompose(s -> Outbox.eraseUndelivered(tx, ids, at))
        .thenApply(n -> null);
  }

  private CompletionStage<Moved> apply(AsyncTransactionContext tx, Referral referral, Transition t) {
    var p = new HashMap<String, Object>();
    p.put("id", referral.id());
    p.put("service", referral.serviceId());
    p.put("status", t.to().code());
    p.put("at", Records.toStore(t.at()));
    p.put("rejectReason", t.to() == ReferralStatus.REJECTED ? t.reason() : null);
    p.put("outcome", t.to() == ReferralStatus.COMPLETED ? t.note() : null);
    p.put("closing", !t.to().isOpen());
    p.put("unit", RETURNED_UNIT);
    return capacity(tx, referral, t.to())
        .thenCompose(v -> tx.runAsync("""
            MATCH (r:Referral {id: $id})
            SET r.status = $status, r.updatedAt = $at, r.rejectReason = coalesce($rejectReason, r.rejectReason),
                r.outcome = coalesce($outcome, r.outcome)
            WITH r
            CALL (r) {
              WITH r WHERE $closing AND r.capacityHeld = true
              OPTIONAL MATCH (s:Service {id: $service}) WHERE r.capacityUnit = $unit
              SET s.capacityAvailable = CASE WHEN s.capacityAvailable < s.capacityTotal
                                             THEN s.capacityAvailable + 1 ELSE s.capacityAvailable END
              SET r.capacityHeld = false
            }
            CALL (r) {
              WITH r WHERE $closing
              MATCH (r)-[:CONTACT]->(k:ReferralContact) DETACH DELETE k
            }
            """, p))
        .thenCompose(c -> c.consumeAsync())
        .thenCompose(s -> ReferralRepository.appendEvent(tx, referral, referral.status(), t.to(), t.actor(),
            t.organization(), t.at(), t.reason(), t.note()))
        .thenCompose(event -> audit.append(tx, t.entry(), t.at())
            .thenCompose(a -> load(tx, referral.id()))
            .thenApply(after -> new Moved(after, event)));
  }

  /** Accepting takes one counted place of the service, in this transaction; none free, no acceptance. */
  private static CompletionStage<Void> capacity(AsyncTransactionContext tx, Referral referral, ReferralStatus to) {
    if (to != ReferralStatus.ACCEPTED) {
      return CompletableFuture.completedFuture(null);
    }
    // Taking the service's write lock first, as the audit log does with its head, so that two acceptances
    // cannot both read the last free place.
    return tx.runAsync("""
            MATCH (s:Service {id: $service}) WHERE s.capacityTotal IS NOT NULL
            SET s.capacityLocked = true
            RETURN s.capacityAvailable AS available, s.capacityUnit AS unit
            """, Map.of("service", referral.serviceId()))
        .thenCompose(c -> c.listAsync(r -> r))
        .thenCompose(rows -> {
          if (rows.isEmpty()) {
            return CompletableFuture.completedFuture(null);
          }
          if (rows.getFirst().get("available").asInt() <= 0) {
            throw new ReferralRefused(Code.NO_CAPACITY, "the service has no free place to accept the referral;"
                + " update its capacity or reject the referral with reason NO_CAPACITY");
          }
          return tx.runAsync("""
                  MATCH (s:Service {id: $service}), (r:Referral {id: $id})
                  SET s.capacityAvailable = s.capacityAvailable - 1, r.capacityHeld = true,
                      r.capacityUnit = s.capacityUnit
                  REMOVE s.capacityLocked
                  """, Map.of("service", referral.serviceId(), "id", referral.id()))
              .thenCompose(c -> c.consumeAsync()).thenApply(s -> null);
        });
  }

  private static CompletionStage<Referral> load(AsyncTransactionContext tx, String id) {
    return ReferralRepository.fetch(tx, List.of(id)).thenApply(found -> {
      if (found.isEmpty()) {
        throw new ReferralRefused(Code.NOT_FOUND, "no referral has this id");
      }
      return found.getFirst().referral();
    });
  }

  private static void requireParty(Referral referral, Party party, String organization) {
    switch (party) {
      case NODE -> { }
      case SENDER -> {
        if (!referral.senderOrganization().equals(organization)) {
          throw new ReferralRefused(Code.FORBIDDEN, referral.involves(organization)
              ? "only the sending organization may do this" : "this referral is not your organization's");
        }
      }
      case RECEIVER -> {
        if (!referral.receiverOrganization().equals(organization)) {
          throw new ReferralRefused(Code.FORBIDDEN, referral.involves(organization)
              ? "only the receiving organization may do this" : "this referral is not your organization's");
        }
      }
    }
  }

  private static String codes(Referral referral) {
    var next = referral.status().next().stream().filter(s -> s != ReferralStatus.EXPIRED).map(ReferralStatus::code)
        .toList();
    return next.isEmpty() ? "nothing: it is closed" : String.join(", ", next);
  }
}
