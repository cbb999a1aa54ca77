package enlace.graph.outcome;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import enlace.graph.referral.ReferralRefused;
import enlace.graph.referral.ReferralRefused.Code;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Record;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * Employment outcomes of referrals, their counts per employer and month within a region, and the coordinators'
 * reviews of employers. Who may record what is checked inside the write against the referral as stored.
 */
public final class OutcomeRepository {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  /** An employer is in a region when one of its services has a place in one of the region's states. */
  private static final String IN_REGION = """
      EXISTS { MATCH (:Organization {id: %s})-[:PROVIDES]->(:Service)-[:AT]->(l:Location)
               WHERE substring(l.municipality, 0, 2) IN $states }""";

  private final Graph graph;
  private final AuditLog audit;

  public OutcomeRepository(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  /**
   * Records an outcome of a referral that asked for employment: by its sender (any outcome) or its receiver
   * (hired or not); once per referral and outcome. Refused when the person's data was erased (consent withdrawn).
   */
  public CompletionStage<OutcomeReport> record(String referralId, EmploymentOutcome outcome, String organization,
      Collection<String> employmentCategories, OutcomeReport.Consent consent, AuditEntry entry, Instant at) {
    return graph.write(tx -> tx.runAsync("""
            MATCH (r:Referral {id: $id})
            RETURN r.sender AS sender, r.receiver AS receiver, r.anonymisedAt IS NOT NULL AS erased,
                   r.createdAt AS createdAt, any(n IN r.needs WHERE n IN $employment) AS employment
            """, Map.of("id", referralId, "employment", List.copyOf(employmentCategories)))
        .thenCompose(c -> c.listAsync(r -> r))
        .thenCompose(rows -> {
          var referral = rows.stream().findFirst()
              .orElseThrow(() -> new ReferralRefused(Code.NOT_FOUND, "no referral has this id"));
          check(referral, outcome, organization);
          var report = new OutcomeReport(referralId, referral.get("receiver").asString(), outcome, organization, at,
              MONTH.format(Records.instant(referral.get("createdAt"))), consent);
          return store(tx, report).thenCompose(v -> audit.append(tx, entry, at)).thenApply(e -> report);
        }));
  }

  private static void check(Record referral, EmploymentOutcome outcome, String organization) {
    boolean sender = referral.get("sender").asString().equals(organization);
    boolean receiver = referral.get("receiver").asString().equals(organization);
    if (!sender && !receiver) {
      throw new ReferralRefused(Code.FORBIDDEN, "this referral is not your organization's");
    }
    if (!sender && !outcome.isHiring()) {
      throw new ReferralRefused(Code.FORBIDDEN, "the sending office records what the person reports of the job;"
          + " the employer records only whether the person was hired");
    }
    if (referral.get("erased").asBoolean()) {
      throw new ReferralRefused(Code.CONSENT_SCOPE, "the person's data was erased (consent withdrawn or retention"
          + " over): no outcome is recorded for this referral");
    }
    if (!referral.get("employment").asBoolean()) {
      throw new ReferralRefused(Code.ILLEGAL_TRANSITION, "employment outcomes are for referrals that asked for"
          + " employment");
    }
  }

  private static CompletionStage<Void> store(AsyncTransactionContext tx, OutcomeReport report) {
    var p = new HashMap<String, Object>();
    p.put("key", report.referralId() + "|" + report.outcome().name());
    p.put("referral", report.referralId());
    p.put("employer", report.employer());
    p.put("outcome", report.outcome().name());
    p.put("recordedBy", report.recordedBy());
    p.put("at", Records.toStore(report.at()));
    p.put("month", report.month());
    p.put("consentAt", Records.toStore(report.consent().recordedAt()));
    p.put("consentBy", report.consent().recordedBy());
    p.put("notice", report.consent().noticeVersion());
    return tx.runAsync("""
            MERGE (o:EmploymentOutcome {key: $key})
            ON CREATE SET o.referral = $referral, o.employer = $employer, o.outcome = $outcome,
                          o.recordedBy = $recordedBy, o.at = $at, o.month = $month, o.consentRecordedAt = $consentAt,
                          o.consentRecordedBy = $consentBy, o.noticeVersion = $notice
            """, p).thenCompose(c -> c.consumeAsync()).thenApply(s -> null);
  }

  /** The outcomes recorded for one referral, for its two sides. */
  public CompletionStage<List<OutcomeReport>> ofReferral(String referralId) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (o:EmploymentOutcome {referral: $id}) RETURN o ORDER BY o.at, o.outcome
            """, Map.of("id", referralId))
        .thenCompose(c -> c.listAsync(r -> {
          var o = r.get("o").asNode();
          return new OutcomeReport(o.get("referral").asString(), o.get("employer").asString(),
              EmploymentOutcome.valueOf(o.get("outcome").asString()), o.get("recordedBy").asString(),
              Records.instant(o.get("at")), o.get("month").asString(), new OutcomeReport.Consent(
                  Records.instant(o.get("consentRecordedAt")), o.get("consentRecordedBy").asString(),
                  o.get("noticeVersion").asString()));
        })));
  }

  /**
   * Per employer of the region and month since {@code since}: its employment referrals and their outcomes by
   * kind, in one round trip. Employers with no referral and no outcome are not listed.
   */
  public CompletionStage<List<OutcomeCounts>> counts(Collection<String> states, Collection<String> employment,
      Instant since) {
    return graph.read(tx -> tx.runAsync("""
            CALL () {
              MATCH (r:Referral) WHERE r.createdAt >= $since AND any(n IN r.needs WHERE n IN $employment)
                AND %s
              RETURN r.receiver AS employer, toString(date.truncate('month', r.createdAt)) AS day, 'REFERRALS' AS kind,
                     count(*) AS n
              UNION ALL
              MATCH (o:EmploymentOutcome) WHERE o.month >= $sinceMonth AND %s
              RETURN o.employer AS employer, o.month + '-01' AS day, o.outcome AS kind, count(*) AS n
            }
            OPTIONAL MATCH (e:Organization {id: employer})
            RETURN employer, coalesce(e.name, employer) AS name, substring(day, 0, 7) AS month, kind, sum(n) AS n
            ORDER BY employer, month
            """.formatted(IN_REGION.formatted("r.receiver"), IN_REGION.formatted("o.employer")),
            Map.of("states", List.copyOf(states), "employment", List.copyOf(employment),
                "since", Records.toStore(since), "sinceMonth", MONTH.format(since)))
        .thenCompose(c -> c.listAsync(r -> r))
        .thenApply(OutcomeRepository::fold));
  }

  private static List<OutcomeCounts> fold(List<Record> rows) {
    var referrals = new LinkedHashMap<List<String>, Long>();
    var outcomes = new LinkedHashMap<List<String>, Map<EmploymentOutcome, Long>>();
    for (var r : rows) {
      var key = List.of(r.get("employer").asString(), r.get("name").asString(), r.get("month").asString());
      var kind = r.get("kind").asString();
      long n = r.get("n").asLong();
      outcomes.computeIfAbsent(key, k -> new EnumMap<>(EmploymentOutcome.class));
      if (kind.equals("REFERRALS")) {
        referrals.merge(key, n, Long::sum);
      } else {
        outcomes.get(key).merge(EmploymentOutcome.valueOf(kind), n, Long::sum);
      }
    }
    return outcomes.entrySet().stream().map(e -> new OutcomeCounts(e.getKey().get(0), e.getKey().get(1),
        e.getKey().get(2), referrals.getOrDefault(e.getKey(), 0L), e.getValue())).toList();
  }

  /**
   * Marks an employer of the region for review ({@code reason} given) or clears the mark ({@code mark} false).
   * Refused with FORBIDDEN when the employer has no place in the region's states.
   */
  public CompletionStage<Optional<EmployerReview>> review(String employer, String region, Collection<String> states,
      boolean mark, String by, String reason, AuditEntry entry, Instant at) {
    return graph.write(tx -> tx.runAsync("RETURN " + IN_REGION.formatted("$employer") + " AS inRegion",
            Map.of("employer", employer, "states", List.copyOf(states)))
        .thenCompose(c -> c.singleAsync())
        .thenCompose(row -> {
          if (!row.get("inRegion").asBoolean()) {
            throw new ReferralRefused(Code.FORBIDDEN, "a coordinator reviews employers with a place in its own region "
                + region + "; this one has none there");
          }
          var p = new HashMap<String, Object>();
          p.put("employer", employer);
          p.put("region", region);
          p.put("at", Records.toStore(at));
          p.put("by", by);
          p.put("reason", reason);
          var cypher = mark ? """
              MERGE (v:EmployerReview {organization: $employer})
              SET v.region = $region, v.markedAt = $at, v.markedBy = $by, v.reason = $reason
              """ : "MATCH (v:EmployerReview {organization: $employer}) DELETE v";
          return tx.runAsync(cypher, p).thenCompose(c -> c.consumeAsync())
              .thenCompose(s -> audit.append(tx, entry, at))
              .thenApply(e -> mark ? Optional.of(new EmployerReview(employer, region, at, by, reason))
                  : Optional.<EmployerReview>empty());
        }));
  }

  /** The reviews of these employers, by employer; one round trip for a whole page of matches. */
  public CompletionStage<Map<String, EmployerReview>> reviews(Collection<String> employers) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (v:EmployerReview) WHERE v.organization IN $employers RETURN v
            """, Map.of("employers", List.copyOf(employers)))
        .thenCompose(c -> c.listAsync(r -> {
          var v = r.get("v").asNode();
          return new EmployerReview(v.get("organization").asString(), v.get("region").asString(),
              Records.instant(v.get("markedAt")), v.get("markedBy").asString(), v.get("reason").asString());
        }))
        .thenApply(list -> {
          var out = new HashMap<String, EmployerReview>();
          list.forEach(v -> out.put(v.employer(), v));
          return out;
        }));
  }
}
