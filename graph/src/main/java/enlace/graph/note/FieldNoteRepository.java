package enlace.graph.note;

import enlace.graph.Change;
import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import enlace.graph.note.FieldNote.Target;
import enlace.graph.note.FieldNote.Verdict;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * Partners' field notes and what happens to them: written, confirmed or disputed, answered by the owner,
 * hidden by a coordinator. Each change and its audit event commit together; who may make it is checked inside
 * the write, against the note as stored.
 */
public final class FieldNoteRepository {

  /** The most notes a read returns per service or organization, newest first. */
  public static final int PER_TARGET = 50;

  private final Graph graph;
  private final AuditLog audit;

  public FieldNoteRepository(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  /** Writes the note when its target exists on this node; {@code NotFound} names the target otherwise. */
  public CompletionStage<Change<FieldNote>> write(NewNote note, AuditEntry entry) {
    return graph.write(tx -> owner(tx, note.target()).thenCompose(owner -> {
      if (owner.isEmpty()) {
        return done(new Change.NotFound<FieldNote>(note.target().key()));
      }
      var p = new HashMap<String, Object>();
      p.put("id", note.id());
      p.put("region", note.region());
      p.put("kind", note.target().kind().name());
      p.put("targetId", note.target().id());
      p.put("target", note.target().key());
      p.put("owner", owner.get());
      p.put("organization", note.organization());
      p.put("text", note.text());
      p.put("concepts", note.concepts());
      p.put("at", Records.toStore(note.at()));
      return tx.runAsync("""
              CREATE (n:FieldNote {id: $id, region: $region, targetKind: $kind, targetId: $targetId, target: $target,
                      owner: $owner, organization: $organization, text: $text, concepts: $concepts, writtenAt: $at})
              """, p)
          .thenCompose(c -> c.consumeAsync())
          .thenCompose(s -> audit.append(tx, entry, note.at()))
          .thenCompose(e -> load(tx, note.id()))
          .thenApply(found -> new Change.Done<>(found.orElseThrow()));
    }));
  }

  /**
   * Records an organization's verdict on a visible note, replacing its earlier one. {@code NotOwned}: the note is
   * the organization's own, which it cannot confirm or dispute.
   */
  public CompletionStage<Change<FieldNote>> judge(String noteId, String organization, Verdict.Kind kind,
      AuditEntry entry, Instant at) {
    return graph.write(tx -> load(tx, noteId).thenCompose(found -> {
      if (found.isEmpty() || found.get().hidden()) {
        return done(new Change.NotFound<FieldNote>(noteId));
      }
      if (found.get().organization().equals(organization)) {
        return done(new Change.NotOwned<FieldNote>(noteId));
      }
      return tx.runAsync("""
              MATCH (n:FieldNote {id: $id})
              MERGE (v:FieldNoteVerdict {key: $id + '|' + $organization})
              SET v.note = $id, v.organization = $organization, v.kind = $kind, v.at = $at
              MERGE (n)-[:VERDICT]->(v)
              """, Map.of("id", noteId, "organization", organization, "kind", kind.name(), "at",
              Records.toStore(at)))
          .thenCompose(c -> c.consumeAsync())
          .thenCompose(s -> audit.append(tx, entry, at))
          .thenCompose(e -> load(tx, noteId))
          .thenApply(after -> new Change.Done<>(after.orElseThrow()));
    }));
  }

  /** The owner's answer, replacing an earlier one. {@code NotOwned}: the organization does not own the target. */
  public CompletionStage<Change<FieldNote>> answer(String noteId, String organization, String text,
      AuditEntry entry, Instant at) {
    return graph.write(tx -> load(tx, noteId).thenCompose(found -> {
      if (found.isEmpty() || found.get().hidden()) {
        return done(new Change.NotFound<FieldNote>(noteId));
      }
      if (!found.get().owner().equals(organization)) {
        return done(new Change.NotOwned<FieldNote>(noteId));
      }
      return tx.runAsync("""
              MATCH (n:FieldNote {id: $id})
              SET n.answerOrganization = $organization, n.answerText = $text, n.answeredAt = $at
              """, Map.of("id", noteId, "organization", organization, "text", text, "at", Records.toStore(at)))
          .thenCompose(c -> c.consumeAsync())
          .thenCompose(s -> audit.append(tx, entry, at))
          .thenCompose(e -> load(tx, noteId))
          .thenApply(after -> new Change.Done<>(after.orElseThrow()));
    }));
  }

  /**
   * Hides a note, or shows it again ({@code reason} null), by a coordinator whose region covers the states
   * given. {@code NotOwned}: none of the target's places lies in those states.
   */
  public CompletionStage<Change<FieldNote>> moderate(String noteId, Collection<String> states, String by,
      String reason, AuditEntry entry, Instant at) {
    return graph.write(tx -> tx.runAsync("""
            MATCH (n:FieldNote {id: $id})
            OPTIONAL MATCH (s:Service) WHERE (n.targetKind = 'SERVICE' AND s.id = n.targetId)
               OR (n.targetKind = 'ORGANIZATION' AND (:Organization {id: n.targetId})-[:PROVIDES]->(s))
            OPTIONAL MATCH (s)-[:AT]->(l:Location)
            RETURN any(x IN collect(substring(l.municipality, 0, 2)) WHERE x IN $states) AS inRegion
            """, Map.of("id", noteId, "states", List.copyOf(states)))
        .thenCompose(c -> c.listAsync(r -> r.get("inRegion").asBoolean()))
        .thenCompose(rows -> {
          if (rows.isEmpty()) {
            return done(new Change.NotFound<FieldNote>(noteId));
          }
          if (!rows.getFirst()) {
            return done(new Change.NotOwned<FieldNote>(noteId));
          }
          var p = new HashMap<String, Object>();
          p.put("id", noteId);
          p.put("at", reason == null ? null : Records.toStore(at));
          p.put("by", reason == null ? null : by);
          p.put("reason", reason);
          return tx.runAsync("""
                  MATCH (n:FieldNote {id: $id}) SET n.hiddenAt = $at, n.hiddenBy = $by, n.hiddenReason = $reason
                  """, p)
              .thenCompose(c -> c.consumeAsync())
              .thenCompose(s -> audit.append(tx, entry, at))
              .thenCompose(e -> load(tx, noteId))
              .thenApply(after -> new Change.Done<>(after.orElseThrow()));
        }));
  }

  public CompletionStage<Optional<FieldNote>> byId(String noteId) {
    return graph.read(tx -> load(tx, noteId));
  }

  /**
   * The notes about each target ({@link Target#key()}), newest first, at most {@link #PER_TARGET} each, in one
   * round trip; hidden ones only when asked for.
   */
  public CompletionStage<Map<String, List<FieldNote>>> about(Collection<String> targets, boolean withHidden) {
    return graph.read(tx -> tx.runAsync("""
            UNWIND $targets AS t
            MATCH (n:FieldNote {target: t}) WHERE $hidden OR n.hiddenAt IS NULL
            WITH t, n ORDER BY n.writtenAt DESC, n.id
            WITH t, collect(n)[..$limit] AS notes
            UNWIND notes AS n
            RETURN t, n, [(n)-[:VERDICT]->(v) | v] AS verdicts
            """, Map.of("targets", List.copyOf(targets), "hidden", withHidden, "limit", PER_TARGET))
        .thenCompose(c -> c.listAsync(r -> Map.entry(r.get("t").asString(), note(r))))
        .thenApply(rows -> {
          var out = new LinkedHashMap<String, List<FieldNote>>();
          rows.forEach(e -> out.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
          return out;
        }));
  }

  /** The organization a target belongs to: the service's, or the organization itself; empty when there is none. */
  private static CompletionStage<Optional<String>> owner(AsyncTransactionContext tx, Target target) {
    var query = target.kind() == Target.Kind.SERVICE
        ? "MATCH (s:Service {id: $id}) RETURN s.organization AS owner"
        : "MATCH (o:Organization {id: $id}) RETURN o.id AS owner";
    return tx.runAsync(query, Map.of("id", target.id()))
        .thenCompose(c -> c.listAsync(r -> r.get("owner").asString()))
        .thenApply(rows -> rows.stream().findFirst());
  }

  private static CompletionStage<Optional<FieldNote>> load(AsyncTransactionContext tx, String noteId) {
    return tx.runAsync("""
            MATCH (n:FieldNote {id: $id}) RETURN n, [(n)-[:VERDICT]->(v) | v] AS verdicts
            """, Map.of("id", noteId))
        .thenCompose(c -> c.listAsync(FieldNoteRepository::note))
        .thenApply(rows -> rows.stream().findFirst());
  }

  private static FieldNote note(Record r) {
    var n = r.get("n").asNode();
    var verdicts = r.get("verdicts").asList(FieldNoteRepository::verdict).stream()
        .sorted(java.util.Comparator.comparing(Verdict::at)).toList();
    var answer = n.get("answeredAt").isNull() ? Optional.<FieldNote.Answer>empty() : Optional.of(new FieldNote.Answer(
        n.get("answerOrganization").asString(), n.get("answerText").asString(), Records.instant(n.get("answeredAt"))));
    var moderation = n.get("hiddenAt").isNull() ? Optional.<FieldNote.Moderation>empty()
        : Optional.of(new FieldNote.Moderation(Records.instant(n.get("hiddenAt")), n.get("hiddenBy").asString(),
            n.get("hiddenReason").asString()));
    return new FieldNote(n.get("id").asString(), n.get("region").asString(),
        new Target(Target.Kind.valueOf(n.get("targetKind").asString()), n.get("targetId").asString()),
        n.get("owner").asString(), n.get("organization").asString(), n.get("text").asString(),
        Records.strings(n.get("concepts")), Records.instant(n.get("writtenAt")), verdicts, answer, moderation);
  }

  private static Verdict verdict(Value value) {
    var v = value.asNode();
    return new Verdict(v.get("organization").asString(), Verdict.Kind.valueOf(v.get("kind").asString()),
        Records.instant(v.get("at")));
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
