package enlace.broker.referral;

import enlace.broker.directory.InvalidArgument;
import enlace.graph.referral.Consent;
import enlace.graph.referral.Referral;
import enlace.graph.referral.ReferralRefused;
import enlace.graph.referral.ReferralRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/** Which service a referral goes to: the one the officer chose, if it qualifies, or the best the consent allows. */
final class ReferralTargets {

  /** How far a re-routed referral looks, the nearest places having declined. */
  static final double REROUTE_RADIUS_KM = 100;

  private ReferralTargets() {}

  static ServiceMatch pick(List<NeedMatches> found, Optional<String> chosen, Consent consent) {
    if (chosen.isPresent()) {
      var id = chosen.get();
      var match = found.stream().flatMap(ReferralTargets::candidates).filter(m -> m.service().id().equals(id))
          .findFirst()
          .orElseThrow(() -> new InvalidArgument("input.serviceId", "this service does not answer the need"
              + " within the radius; see matchServices"));
      if (!match.eligible()) {
        throw new InvalidArgument("input.serviceId", "this service cannot take the person: " + failed(match));
      }
      if (!consent.allows(match.service().organizationId())) {
        throw new ReferralRefused(ReferralRefused.Code.CONSENT_SCOPE, "the consent does not name the organization"
            + " of this service among those that may receive the referral");
      }
      return match;
    }
    return best(found, consent).orElseThrow(() -> new ReferralRefused(ReferralRefused.Code.NO_CANDIDATE,
        "no service the consent allows can take the person for the first need; see matchServices"));
  }

  /** Every candidate of a need: the services that come first, the matches, those that depend, the near misses. */
  private static java.util.stream.Stream<ServiceMatch> candidates(NeedMatches need) {
    return java.util.stream.Stream.of(need.firstStep().map(FirstStep::services).orElse(List.of()), need.matches(),
        need.depends(), need.nearMisses()).flatMap(List::stream);
  }

  /** The next candidate for a referral, leaving out every service it was already sent to. */
  static CompletionStage<ServiceMatch> next(ServiceMatching matching, ReferralRepository repository, Referral old) {
    var request = new NeedRequest(old.needs(), old.documents(), old.languages(),
        old.point() == null ? old.municipality() : null,
        old.point() == null ? null : old.point().latitude(), old.point() == null ? null : old.point().longitude(),
        REROUTE_RADIUS_KM, old.household(), old.profile(), null, old.urgency());
    return repository.triedServices(old.id()).thenCompose(tried -> matching.need(request, "id")
        .thenCompose(need -> matching.match(need, 50, tried))
        .thenApply(found -> best(found, old.consent()).orElseThrow(() -> new ReferralRefused(
            ReferralRefused.Code.NO_CANDIDATE, "no other service within " + (int) REROUTE_RADIUS_KM
                + " km can take the person; widen the search with matchServices"))));
  }

  private static Optional<ServiceMatch> best(List<NeedMatches> found, Consent consent) {
    return found.getFirst().matches().stream()
        .filter(m -> consent.allows(m.service().organizationId()))
        .min(ServiceMatching.BEST);
  }

  private static String failed(ServiceMatch match) {
    return match.reasons().stream().filter(r -> !r.passed() && r.rule().decisive())
        .map(r -> r.rule().name().toLowerCase() + ": " + r.explanation() + (r.depends() ? " ("
            + r.questions().stream().map(q -> q.text("es") + " / " + q.text("en")).collect(Collectors.joining(" "))
            + ")" : ""))
        .collect(Collectors.joining("; "));
  }
}
