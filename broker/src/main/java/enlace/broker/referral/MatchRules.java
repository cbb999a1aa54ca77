package enlace.broker.referral;

import enlace.graph.referral.Urgency;
import enlace.graph.service.OpeningHours;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceHit;
import enlace.ontology.Ontology;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges one candidate service against a need, rule by rule, and scores it. Pure: the same candidate,
 * need and instant always give the same verdict.
 */
final class MatchRules {

  /** A service that opens within this long counts as open soon. */
  static final Duration SOON = Duration.ofHours(12);

  private final Ontology ontology;
  private final AudienceRule audience;
  private final Duration capacityFreshness;

  MatchRules(Ontology ontology, Duration capacityFreshness) {
    this.ontology = ontology;
    this.audience = new AudienceRule(ontology);
    this.capacityFreshness = capacityFreshness;
  }

  ServiceMatch judge(ServiceHit hit, Need need, String answered, Instant now) {
    var service = hit.service();
    double km = hit.distanceKm();
    var reasons = new ArrayList<MatchReason>();
    reasons.add(MatchReason.pass(MatchRule.CATEGORY, "offers " + label(answered)));
    reasons.add(documents(service, need));
    reasons.add(capacity(service, now));
    reasons.add(audience.judge(service, need.household(), need.profile()));
    reasons.add(open(service, need.at() == null ? now : need.at()));
    reasons.add(language(service, need.languages()));
    reasons.add(MatchReason.pass(MatchRule.DISTANCE, String.format(Locale.ROOT, "%.1f km away", km)));
    boolean stale = service.capacity() != null && service.capacity().isStale(now, capacityFreshness);
    boolean eligible = reasons.stream().allMatch(r -> r.passed() || !r.rule().decisive());
    return new ServiceMatch(service, hit.location(), answered, km, score(reasons, stale, km, need), eligible, stale,
        reasons);
  }

  private static double score(List<MatchReason> reasons, boolean stale, double km, Need need) {
    double score = 100;
    boolean urgent = need.urgency() != Urgency.ROUTINE;
    for (var reason : reasons) {
      if (!reason.passed() && !reason.depends()) {
        score -= switch (reason.rule()) {
          case CATEGORY, DOCUMENTS, CAPACITY, HOUSEHOLD -> 40;
          case OPEN -> urgent ? 30 : 10;
          case LANGUAGE -> 15;
          case DISTANCE -> 0;
        };
      }
    }
    if (stale) {
      score -= 15;
    }
    score += 20 * Math.max(0, 1 - km / need.radiusKm());
    return Math.round(score * 10) / 10.0;
  }

  /** Documents held, then what they count as, then the rights they grant, against what the service asks. */
  private MatchReason documents(Service service, Need need) {
    var accepted = service.acceptedDocuments();
    if (accepted.isEmpty()) {
      return MatchReason.pass(MatchRule.DOCUMENTS, "asks for no document");
    }
    var held = accepted.stream().filter(need.heldDocuments()::contains).toList();
    if (!held.isEmpty()) {
      return MatchReason.pass(MatchRule.DOCUMENTS, "accepts " + labels(held));
    }
    Set<String> common = null;
    for (var document : accepted) {
      var rights = new HashSet<>(ontology.rightsGrantedBy(List.of(document)));
      if (common == null) {
        common = rights;
      } else {
        common.retainAll(rights);
      }
    }
    common.retainAll(need.rights());
    if (!common.isEmpty()) {
      return MatchReason.fail(MatchRule.DOCUMENTS, "lists only " + labels(accepted) + ", although "
          + labels(need.documents()) + " also grant " + labels(common) + ": worth a call");
    }
    return MatchReason.fail(MatchRule.DOCUMENTS, "asks for one of " + labels(accepted) + (need.documents().isEmpty()
        ? "; no document given" : "; the person holds " + labels(need.documents())));
  }

  private static MatchReason capacity(Service service, Instant now) {
    var capacity = service.capacity();
    if (capacity == null) {
      return MatchReason.pass(MatchRule.CAPACITY, "places are not counted");
    }
    if (capacity.available() <= 0) {
      return MatchReason.fail(MatchRule.CAPACITY, "full: 0 of " + capacity.total() + " " + capacity.unit() + " free");
    }
    var said = capacity.available() + " of " + capacity.total() + " " + capacity.unit() + " free";
    long hours = Duration.between(capacity.updatedAt(), now).toHours();
    return MatchReason.pass(MatchRule.CAPACITY, said + (hours >= 0 ? ", updated " + hours + " h ago" : ""));
  }

  /** Open at the instant needed, or opening within {@link #SOON}, in the service's own time zone. */
  static MatchReason open(Service service, Instant at) {
    if (service.hours().isEmpty()) {
      return MatchReason.pass(MatchRule.OPEN, "no opening hours published: call first");
    }
    var local = at.atZone(service.timezone());
    for (int day = 0; day <= 7; day++) {
      var date = local.toLocalDate().plusDays(day);
      for (var hours : service.hours()) {
        if (hours.day() != date.getDayOfWeek()) {
          continue;
        }
        var opens = date.atStartOfDay(service.timezone()).plusMinutes(hours.opensMinute());
        var closes = date.atStartOfDay(service.timezone()).plusMinutes(hours.closesMinute());
        if (!local.isBefore(opens) && local.isBefore(closes)) {
          return MatchReason.pass(MatchRule.OPEN, "open then, until " + hours.closes());
        }
        if (opens.isAfter(local)) {
          return opensLater(local, opens, hours);
        }
      }
    }
    return MatchReason.fail(MatchRule.OPEN, "not open in the coming week");
  }

  private static MatchReason opensLater(ZonedDateTime local, ZonedDateTime opens, OpeningHours hours) {
    var wait = Duration.between(local, opens);
    var when = hours.day().name().charAt(0) + hours.day().name().substring(1).toLowerCase(Locale.ROOT) + " "
        + hours.opens();
    return wait.compareTo(SOON) <= 0
        ? MatchReason.pass(MatchRule.OPEN, "opens soon: " + when + " (in " + Math.max(1, wait.toMinutes()) + " min)")
        : MatchReason.fail(MatchRule.OPEN, "closed then; opens " + when);
  }

  private static MatchReason language(Service service, Set<String> spoken) {
    if (spoken.isEmpty()) {
      return MatchReason.pass(MatchRule.LANGUAGE, "no language given");
    }
    var shared = service.languages().stream().filter(spoken::contains).toList();
    return shared.isEmpty()
        ? MatchReason.fail(MatchRule.LANGUAGE, "speaks " + String.join(", ", service.languages())
            + " only: interpretation needed")
        : MatchReason.pass(MatchRule.LANGUAGE, "speaks " + String.join(", ", shared));
  }

  private String label(String iri) {
    return ontology.label(iri, "en");
  }

  private String labels(java.util.Collection<String> iris) {
    return iris.stream().map(this::label).sorted().collect(Collectors.joining(", "));
  }
}
