package enlace.graph.provenance;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
import enlace.graph.service.ListedService;
import enlace.graph.service.ServiceRepository;
import enlace.graph.vacancy.Vacancy;
import enlace.graph.vacancy.VacancyRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Record;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * Writes one batch of an import in one transaction: a kill in the middle leaves the batch wholly written or
 * not at all. A record whose provenance (source, kind, source id) is stored with the same content hash is
 * left alone; a new one that {@link Duplicates} finds already in the directory from another source becomes a
 * second provenance entry of that service instead of a second service.
 */
public final class ImportBatch {

  private final Graph graph;
  private final AuditLog audit;

  public ImportBatch(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  /**
   * How to write: {@code owner} limits the batch to records of that organization (empty: any), a dry run
   * only counts, and the audit entry is appended once per batch that changed something.
   */
  public record Options(Optional<String> owner, boolean dryRun, Instant at, AuditEntry entry) {}

  public CompletionStage<BatchResult> write(List<ImportItem> items, Options options) {
    if (items.isEmpty()) {
      return CompletableFuture.completedFuture(new BatchResult(0, 0, 0, 0, List.of(), List.of()));
    }
    return graph.writeBatch(tx -> state(tx, items).thenCompose(stored -> places(tx, items).thenCompose(places -> {
      var plan = Plan.of(items, stored, places, options.owner());
      if (options.dryRun()) {
        return CompletableFuture.completedFuture(plan.result());
      }
      return apply(tx, plan, options).thenApply(v -> plan.result());
    })));
  }

  /** A stored place: the organization that first wrote it (if known) and the services delivered there. */
  record Place(String creator, List<Map.Entry<String, String>> services) {

    /**
     * True when {@code organization} may not put its service {@code serviceId} here: the place is another
     * organization's, or serves another organization (the rule of {@code ServiceUpserts}).
     */
    boolean foreignTo(String organization, String serviceId) {
      return creator != null && !creator.equals(organization) || services.stream()
          .anyMatch(s -> !s.getKey().equals(serviceId) && !s.getValue().equals(organization));
    }
  }

  /** The stored places the batch's services and locations name, by id. */
  private static CompletionStage<Map<String, Place>> places(AsyncTransactionContext tx, List<ImportItem> items) {
    var ids = items.stream().flatMap(i -> i.service() != null ? i.service().service().locationIds().stream()
        : i.location() != null ? java.util.stream.Stream.of(i.location().id()) : java.util.stream.Stream.empty())
        .distinct().toList();
    if (ids.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    return tx.runAsync("""
            UNWIND $ids AS id
            MATCH (l:Location {id: id})
            RETURN id, l.organization AS creator,
                   COLLECT { MATCH (s:Service)-[:AT]->(l) RETURN [s.id, s.organization] } AS services
            """, Map.of("ids", ids))
        .thenCompose(c -> c.listAsync(r -> r))
        .thenApply(rows -> {
          var out = new HashMap<String, Place>();
          rows.forEach(r -> out.put(r.get("id").asString(), new Place(r.get("creator").asString(null),
              r.get("services").asList(v -> Map.entry(v.get(0).asString(), v.get(1).asString(""))))));
          return out;
        });
  }

  /**
   * What is stored for each item: its provenance and who holds its record, and for a service record new
   * to this source the services within the duplicate radius of its locations.
   */
  private static CompletionStage<Map<String, Stored>> state(AsyncTransactionContext tx, List<ImportItem> items) {
    var rows = items.stream().map(i -> {
      var row = new HashMap<String, Object>();
      row.put("key", i.key());
      row.put("id", i.id());
      row.put("source", i.source().name());
      row.put("kind", i.kind());
      row.put("points", i.service() == null ? List.of()
          : i.service().locations().stream().map(l -> Records.toStore(l.point())).toList());
      return row;
    }).toList();
    return tx.runAsync("""
            UNWIND $rows AS row
            OPTIONAL MATCH (p:Provenance {key: row.key})
            WITH row, p, coalesce(p.target, row.id) AS target
            OPTIONAL MATCH (s:Service {id: target}) WHERE row.kind = 'service'
            OPTIONAL MATCH (v:Vacancy {id: target}) WHERE row.kind = 'vacancy'
            OPTIONAL MATCH (lo:Location {id: target}) WHERE row.kind = 'location'
            OPTIONAL MATCH (og:Organization {id: target}) WHERE row.kind = 'organization'
            RETURN row.key AS key, p.hash AS hash, p.target AS target, coalesce(p.merged, false) AS merged,
                   coalesce(s.organization, v.organization, og.id, CASE WHEN lo IS NULL THEN null
                     ELSE coalesce(lo.organization, [(x:Service)-[:AT]->(lo) | x.organization][0], '') END) AS holder,
                   CASE WHEN p IS NULL THEN COLLECT {
                     UNWIND row.points AS point
                     MATCH (l:Location) USING POINT INDEX l:Location(point)
                     WHERE point.distance(l.point, point) <= $radius
                     MATCH (c:Service)-[:AT]->(l)
                     WHERE c.id <> row.id AND NOT EXISTS { (:Provenance {source: row.source})-[:DESCRIBES]->(c) }
                     OPTIONAL MATCH (o:Organization {id: c.organization})
                     RETURN DISTINCT {id: c.id, name: c.name, organization: c.organization,
                                      organizationName: coalesce(o.name, '')}
                   } ELSE [] END AS candidates
            """, Map.of("rows", rows, "radius", Duplicates.RADIUS_METRES))
        .thenCompose(c -> c.listAsync(Stored::of))
        .thenApply(list -> {
          var out = new HashMap<String, Stored>();
          list.forEach(s -> out.put(s.key(), s));
          return out;
        });
  }

  private CompletionStage<Void> apply(AsyncTransactionContext tx, Plan plan, Options options) {
    if (plan.provenance().isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    return writeOrganizations(tx, plan.organizations())
        .thenCompose(v -> plan.created().isEmpty() ? done() : ServiceRepository.create(tx, plan.created()))
        .thenCompose(v -> plan.services().isEmpty() ? done() : ServiceRepository.upsert(tx, plan.services()))
        .thenCompose(v -> run(tx, """
            UNWIND $rows AS row
            MATCH (s:Service {id: row.id})
            SET s.localTermKeys = row.keys, s.localTerms = row.text
            """, plan.localTerms()))
        .thenCompose(v -> plan.vacancies().isEmpty() ? done()
            : VacancyRepository.upsert(tx, plan.vacancies()).thenApply(n -> null))
        .thenCompose(v -> plan.locations().isEmpty() ? done() : ServiceRepository.upsertLocations(tx,
            plan.locations().stream().map(ImportItem::location).toList(),
            plan.locations().stream().map(i -> i.organization() != null ? i.organization().id()
                : options.owner().orElse(null)).toList()))
        .thenCompose(v -> createProvenance(tx, plan.provenance(true), options.at()))
        .thenCompose(v -> writeProvenance(tx, plan.provenance(false), options.at()))
        .thenCompose(v -> Warnings.replace(tx, plan.warnings(), options.at()))
        .thenCompose(v -> audit.append(tx, options.entry(), options.at()))
        .thenCompose(event -> options.owner().isPresent() ? done()
            : audit.append(tx, plan.onBehalf(options.entry()), options.at()).thenApply(events -> null))
        .thenApply(event -> null);
  }

  private static CompletionStage<Void> writeOrganizations(AsyncTransactionContext tx,
      List<Organization> organizations) {
    var rows = organizations.stream().map(o -> {
      var props = OrganizationRepository.row(o);
      props.keySet().removeAll(List.of("region", "source"));
      props.values().removeIf(java.util.Objects::isNull);
      return Map.<String, Object>of("props", props, "region", o.region(), "source", o.source());
    }).toList();
    return run(tx, """
        UNWIND $rows AS row
        MERGE (o:Organization {id: row.props.id})
          ON CREATE SET o.region = row.region, o.source = row.source
        SET o += row.props
        """, rows);
  }

  private static CompletionStage<Void> createProvenance(AsyncTransactionContext tx, List<Map<String, Object>> rows,
      Instant at) {
    if (rows.isEmpty()) {
      return done();
    }
    return tx.runAsync("""
            UNWIND $rows AS row
            OPTIONAL MATCH (s:Service {id: row.props.target}) WHERE row.props.kind = 'service'
            OPTIONAL MATCH (v:Vacancy {id: row.props.target}) WHERE row.props.kind = 'vacancy'
            OPTIONAL MATCH (lo:Location {id: row.props.target}) WHERE row.props.kind = 'location'
            OPTIONAL MATCH (og:Organization {id: row.props.target}) WHERE row.props.kind = 'organization'
            WITH row, coalesce(s, v, lo, og) AS target
            WHERE target IS NOT NULL
            CREATE (p:Provenance)-[:DESCRIBES]->(target)
            SET p = row.props, p.key = row.key, p.firstImportedAt = $at, p.importedAt = $at
            """, Map.of("rows", rows, "at", Records.toStore(at)))
        .thenCompose(c -> c.consumeAsync()).thenApply(s -> null);
  }

  static CompletionStage<Void> writeProvenance(AsyncTransactionContext tx, List<Map<String, Object>> rows,
      Instant at) {
    if (rows.isEmpty()) {
      return done();
    }
    return tx.runAsync("""
            UNWIND $rows AS row
            MERGE (p:Provenance {key: row.key})
              ON CREATE SET p.firstImportedAt = $at
            SET p += row.props, p.importedAt = $at
            WITH p, row
            CALL (p) {
              OPTIONAL MATCH (p)-[old:DESCRIBES]->()
              DELETE old
            }
            OPTIONAL MATCH (s:Service {id: row.props.target}) WHERE row.props.kind = 'service'
            OPTIONAL MATCH (v:Vacancy {id: row.props.target}) WHERE row.props.kind = 'vacancy'
            OPTIONAL MATCH (lo:Location {id: row.props.target}) WHERE row.props.kind = 'location'
            OPTIONAL MATCH (og:Organization {id: row.props.target}) WHERE row.props.kind = 'organization'
            WITH p, coalesce(s, v, lo, og) AS target
            WHERE target IS NOT NULL
            MERGE (p)-[:DESCRIBES]->(target)
            """, Map.of("rows", rows, "at", Records.toStore(at)))
        .thenCompose(c -> c.consumeAsync()).thenApply(s -> null);
  }

  static CompletionStage<Void> run(AsyncTransactionContext tx, String cypher, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return done();
    }
    return tx.runAsync(cypher, Map.of("rows", rows)).thenCompose(c -> c.consumeAsync()).thenApply(s -> null);
  }

  private static CompletionStage<Void> done() {
    return CompletableFuture.completedFuture(null);
  }

  record Stored(String key, String hash, String target, boolean merged, String holder, List<Candidate> candidates) {
    static Stored of(Record r) {
      return new Stored(r.get("key").asString(), r.get("hash").asString(null), r.get("target").asString(null),
          r.get("merged").asBoolean(), r.get("holder").asString(null), r.get("candidates").asList(c -> new Candidate(
              c.get("id").asString(), c.get("name").asString(), c.get("organization").asString(),
              c.get("organizationName").asString())));
    }
  }

  record Candidate(String id, String name, String organization, String organizationName) {}

  /** What the batch will write, decided record by record from what is stored. */
  record Plan(Map<String, Organization> byId, List<ListedService> created, List<ListedService> services,
      List<Map<String, Object>> localTerms,
      List<Vacancy> vacancies, List<Map<String, Object>> provenance, int[] counts,
      List<BatchResult.Refusal> refused, Map<String, Place> places, List<ImportItem> written,
      List<ImportItem> locations, List<Warnings.Row> warnings, List<BatchResult.Decision> decisions) {

    static Plan of(List<ImportItem> items, Map<String, Stored> stored, Map<String, Place> places,
        Optional<String> owner) {
      var plan = new Plan(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
          new ArrayList<>(), new ArrayList<>(), new int[4], new ArrayList<>(), places, new ArrayList<>(),
          new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (var item : items) {
        var state = stored.get(item.key());
        plan.decide(item, state, state.candidates(), owner);
      }
      return plan;
    }

    private void decide(ImportItem item, Stored stored, List<Candidate> candidates, Optional<String> owner) {
      if (item.hash().equals(stored.hash())) {
        counts[2]++;
        decisions.add(new BatchResult.Decision(item.key(), "UNCHANGED", stored.target(), null));
        return;
      }
      if (owner.isPresent() && stored.holder() != null && !stored.holder().equals(owner.get()) && !stored.merged()) {
        refused.add(new BatchResult.Refusal(item.key(), item.id() + " es de la organización " + stored.holder()
            + " / " + item.kind() + " " + item.id() + " belongs to organization " + stored.holder(),
            item.location() != null ? item.id() : null));
        decisions.add(new BatchResult.Decision(item.key(), "REFUSE", null, null));
        return;
      }
      var foreign = owner.flatMap(o -> foreignPlaces(item, o).stream().findFirst());
      if (foreign.isPresent()) {
        refused.add(new BatchResult.Refusal(item.key(), "el lugar " + foreign.get() + " es de otra organización:"
            + " dé a su lugar un id propio / the place " + foreign.get() + " belongs to another organization:"
            + " give your place an id of its own", foreign.get()));
        decisions.add(new BatchResult.Decision(item.key(), "REFUSE", null, null));
        return;
      }
      if (stored.hash() != null && stored.merged()) {
        provenance.add(provenanceRow(item, stored.target(), true, false));
        warnings.add(new Warnings.Row(item, stored.target(), false));
        counts[1]++;
        decisions.add(new BatchResult.Decision(item.key(), "UPDATE", stored.target(), null));
        return;
      }
      if (stored.hash() == null) {
        var same = item.service() == null ? Optional.<Candidate>empty() : duplicateOf(item, candidates);
        if (same.isPresent()) {
          byId.putIfAbsent(item.organization().id(), item.organization());
          provenance.add(provenanceRow(item, same.get().id(), true, true));
          warnings.add(new Warnings.Row(item, same.get().id(), true));
          counts[3]++;
          decisions.add(new BatchResult.Decision(item.key(), "MERGE", same.get().id(),
              same.get().name() + " (" + same.get().organizationName() + ")"));
          return;
        }
      }
      boolean isNew = stored.holder() == null;
      write(item, isNew, stored.hash() == null);
      counts[isNew ? 0 : 1]++;
      decisions.add(new BatchResult.Decision(item.key(), isNew ? "CREATE" : "UPDATE", item.id(), null));
    }

    /** The stored places of the item's service that its organization may not use (see {@link Place#foreignTo}). */
    private List<String> foreignPlaces(ImportItem item, String organization) {
      if (item.location() != null) {
        var id = item.location().id();
        return places.containsKey(id) && places.get(id).foreignTo(organization, null) ? List.of(id) : List.of();
      }
      if (item.service() == null) {
        return List.of();
      }
      return item.service().service().locationIds().stream()
          .filter(id -> places.containsKey(id) && places.get(id).foreignTo(organization, item.id())).toList();
    }

    /**
     * The audit events of an import for anyone (a coordinator's, or the operator's on a stopped node): one per
     * record written for an organization other than the importer's, and one per place written that belongs to
     * an organization other than the record's.
     */
    List<AuditEntry> onBehalf(AuditEntry importer) {
      var entries = new ArrayList<AuditEntry>();
      for (var item : written) {
        if (item.organization() == null) {
          continue;
        }
        var organization = item.organization().id();
        if (!organization.equals(importer.organization())) {
          entries.add(new AuditEntry(importer.actor(), importer.client(), organization,
              "import:" + item.kind(), (item.service() != null ? "Service:" : "Vacancy:") + item.id(),
              List.of(item.kind())));
        }
        for (var place : foreignPlaces(item, organization)) {
          entries.add(new AuditEntry(importer.actor(), importer.client(), organization, "import:foreignLocation",
              "Location:" + place, List.of("location")));
        }
      }
      return entries;
    }

    private void write(ImportItem item, boolean isNew, boolean freshProvenance) {
      written.add(item);
      if (item.organization() != null) {
        byId.putIfAbsent(item.organization().id(), item.organization());
      }
      warnings.add(new Warnings.Row(item, item.id(), freshProvenance));
      if (item.location() != null) {
        locations.add(item);
      } else if (item.service() != null) {
        (isNew ? created : services).add(item.service());
        if (!isNew || !item.localTerms().isEmpty()) {
          localTerms.add(Map.of("id", item.id(), "keys", item.localTerms(),
              "text", item.localTermsText() == null ? "" : item.localTermsText()));
        }
      } else if (item.vacancy() != null) {
        vacancies.add(item.vacancy());
      }
      provenance.add(provenanceRow(item, item.id(), false, freshProvenance));
    }

    private static Optional<Candidate> duplicateOf(ImportItem item, List<Candidate> candidates) {
      var service = item.service().service();
      return candidates.stream()
          .filter(c -> Duplicates.same(service.name(), service.organizationId(), item.organization().name(),
              c.name(), c.organization(), c.organizationName()))
          .findFirst();
    }

    /** The provenance rows whose key is new ({@code fresh}), or the others. */
    List<Map<String, Object>> provenance(boolean fresh) {
      return provenance.stream().filter(r -> (boolean) r.get("fresh") == fresh).toList();
    }

    List<Organization> organizations() {
      return List.copyOf(byId.values());
    }

    BatchResult result() {
      return new BatchResult(counts[0], counts[1], counts[2], counts[3], refused, decisions);
    }
  }

  /** {@code fresh}: no provenance of this key is stored yet, so it can be created without looking. */
  static Map<String, Object> provenanceRow(ImportItem item, String target, boolean merged, boolean fresh) {
    var props = new HashMap<String, Object>();
    props.put("source", item.source().name());
    props.put("recordId", item.source().recordId());
    props.put("kind", item.kind());
    props.put("hash", item.hash());
    props.put("payload", item.payload());
    props.put("assuredAt", Records.toStore(item.source().assuredAt()));
    props.put("target", target);
    props.put("merged", merged);
    return Map.of("key", item.key(), "props", props, "fresh", fresh);
  }
}
