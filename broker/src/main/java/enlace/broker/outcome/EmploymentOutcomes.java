package enlace.broker.outcome;

import enlace.broker.directory.GlobalId;
import enlace.broker.directory.InvalidArgument;
import enlace.broker.note.FieldNotes;
import enlace.broker.referral.ReferralBroker;
import enlace.broker.security.Caller;
import enlace.broker.security.CoordinatorRegion;
import enlace.broker.security.Scope;
import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.municipality.Region;
import enlace.graph.outcome.EmployerReview;
import enlace.graph.outcome.EmploymentOutcome;
import enlace.graph.outcome.OutcomeReport;
import enlace.graph.outcome.OutcomeRepository;
import enlace.ontology.Ontology;
import enlace.ontology.Vocabulary;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Employment outcomes that protect workers: recorded per referral with the person's consent, counted per
 * employer for the region's coordinators with small counts suppressed, employers flagged to them (never to
 * anyone else) and, once they mark one for review, a caution on its services and vacancies for partners.
 */
public final class EmploymentOutcomes {

  /** The window counted when the caller gives none. */
  public static final int DEFAULT_MONTHS = 12;
  static final int REASON_LENGTH = 300;

  /** What partners see on an employer under review; it says why in general, never who reported what. */
  public record Caution(String employer, Instant since) {
    public String message(String lang) {
      return "en".equals(lang)
          ? "The region's coordinators are reviewing this employer after repeated reports of unpaid or late wages or"
              + " offers that differed from the ad. Confirm the conditions in writing before referring anyone."
          : "La coordinación regional revisa a este empleador por reportes repetidos de salarios no pagados o"
              + " atrasados u ofertas distintas del anuncio. Confirme las condiciones por escrito antes de canalizar.";
    }
  }

  /** The coordinators' view of a region's employers since a date. */
  public record Report(String region, Instant since, List<EmployerTable.Row> employers,
      Map<String, EmployerReview> reviews) {}

  private final OutcomeRepository repository;
  private final Set<String> employment;
  private final List<Region> regions;
  private final Clock clock;

  public EmploymentOutcomes(Graph graph, Ontology ontology, List<Region> regions, Clock clock) {
    this.repository = new OutcomeRepository(graph);
    this.employment = ontology.expand(Vocabulary.EMPLOYMENT);
    this.regions = List.copyOf(regions);
    this.clock = clock;
  }

  /** Records an outcome of an employment referral the caller's organization sent or received, with consent. */
  public CompletionStage<OutcomeReport> record(Caller caller, String referralId, String outcome,
      Map<String, Object> consent) {
    var organization = ReferralBroker.organization(caller.require(Scope.REFERRAL_WRITE));
    var local = GlobalId.decode(referralId, "referralId").expect("Referral", "referralId").localId();
    var kind = outcome(outcome);
    var agreed = consent(consent);
    var entry = new AuditEntry(caller.subject(), caller.clientId(), organization, "recordEmploymentOutcome",
        "Referral:" + local, List.of("outcome:" + kind.name(), "consent"));
    return repository.record(local, kind, organization, employment, agreed, entry, clock.instant());
  }

  public CompletionStage<List<OutcomeReport>> ofReferral(String referralLocalId) {
    return repository.ofReferral(referralLocalId);
  }

  /** Per employer of the coordinator's region: counts by month, suppressed below five referrals, and flags. */
  public CompletionStage<Report> report(Caller caller, String region, Integer months) {
    var coordinated = CoordinatorRegion.of(caller, region, regions);
    int window = months == null ? DEFAULT_MONTHS : months;
    if (window < 1 || window > 60) {
      throw new InvalidArgument("months", "between 1 and 60, got " + window);
    }
    var since = clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().withDayOfMonth(1)
        .minusMonths(window - 1L).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    return repository.counts(coordinated.stateCodes(), employment, since).thenCompose(counts -> {
      var rows = EmployerTable.of(counts);
      return repository.reviews(rows.stream().map(EmployerTable.Row::employer).toList())
          .thenApply(reviews -> new Report(coordinated.id(), since, rows, reviews));
    });
  }

  /** A coordinator marks an employer of its region for review ({@code mark}) or clears the mark; reason required. */
  public CompletionStage<Optional<EmployerReview>> review(Caller caller, String organizationId, boolean mark,
      String reason) {
    var coordinated = CoordinatorRegion.of(caller, null, regions);
    var employer = GlobalId.parse(organizationId).map(id -> id.expect("Organization", "organizationId").localId())
        .orElse(organizationId);
    var problems = new java.util.ArrayList<InvalidArgument>();
    var why = enlace.broker.note.NoteText.check(reason, "reason", REASON_LENGTH, problems);
    if (!problems.isEmpty()) {
      throw problems.getFirst();
    }
    var entry = new AuditEntry(caller.subject(), caller.clientId(), caller.organization().orElse(""),
        mark ? "markEmployerForReview" : "clearEmployerReview", "Organization:" + employer,
        List.of("review", "reason: " + why));
    return repository.review(employer, coordinated.id(), coordinated.stateCodes(), mark, caller.subject(), why, entry,
        clock.instant());
  }

  /** The cautions on these employers, for partners only (empty for anyone else). */
  public CompletionStage<Map<String, Caution>> cautions(Caller caller, Collection<String> employers) {
    if (!FieldNotes.isPartner(caller)) {
      return CompletableFuture.completedFuture(Map.of());
    }
    return repository.reviews(employers).thenApply(reviews -> reviews.values().stream().collect(
        java.util.stream.Collectors.toMap(EmployerReview::employer, r -> new Caution(r.employer(), r.markedAt()))));
  }

  static EmploymentOutcome outcome(String value) {
    try {
      return EmploymentOutcome.valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidArgument("outcome", "one of HIRED, NOT_HIRED, OFFER_DIFFERED, WAGES_UNPAID_OR_LATE,"
          + " UNSAFE_CONDITIONS");
    }
  }

  private static OutcomeReport.Consent consent(Map<String, Object> input) {
    if (input == null) {
      throw new InvalidArgument("consent", "sin consentimiento no se registra el resultado / no consent, no outcome");
    }
    try {
      return new OutcomeReport.Consent((Instant) input.get("recordedAt"), (String) input.get("recordedBy"),
          (String) input.get("noticeVersion"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidArgument("consent", "recordedAt, recordedBy and noticeVersion are required");
    }
  }
}
