package enlace.broker.graphql;

import enlace.broker.directory.ConfidentialPlaces;
import enlace.broker.directory.GlobalId;
import enlace.broker.referral.FirstStep;
import enlace.broker.referral.NeedMatches;
import enlace.broker.referral.Proposal;
import enlace.broker.referral.Question;
import enlace.broker.referral.ReferralView;
import enlace.broker.referral.ServiceMatch;
import enlace.broker.security.Caller;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.referral.Consent;
import enlace.graph.referral.Consent.ReferralField;
import enlace.graph.referral.Referral;
import enlace.graph.referral.ReferralCounts;
import enlace.graph.referral.ReferralEvent;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Nested fields of the referral API: what each viewer may see of a referral, matches and events. */
final class ReferralTypeFetchers {

  record Count(String key, long count) {}

  record StatsView(String region, long total, List<Count> byStatus, List<Count> byReason, List<Count> byNeed,
      List<Count> byMunicipality) {}

  record ConsentView(String purpose, List<String> organizations, List<String> fields, String noticeVersion,
      java.time.Instant recordedAt, String recordedBy, java.time.Instant withdrawnAt) {}

  private final VocabularyFetchers vocabulary;

  ReferralTypeFetchers(VocabularyFetchers vocabulary) {
    this.vocabulary = vocabulary;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("NeedMatches", type -> type
        .dataFetcher("need", env -> vocabulary.related(List.of(env.<NeedMatches>getSource().need()), "es")
            .stream().findFirst().orElse(null))
        .dataFetcher("firstStep", env -> env.<NeedMatches>getSource().firstStep().orElse(null)));
    wiring.type("FirstStep", type -> type
        .dataFetcher("why", env -> env.<FirstStep>getSource().why(env.getArgument("lang"))));
    wiring.type("ServiceMatch", type -> type
        .dataFetcher("location", env -> location(match(env), true))
        .dataFetcher("reasons", env -> reasons(match(env))));
    wiring.type("Question", type -> type
        .dataFetcher("accepts", env -> env.<Question>getSource().accepts().stream().sorted().toList())
        .dataFetcher("text", env -> env.<Question>getSource().text(env.getArgument("lang"))));
    wiring.type("Proposal", type -> type
        .dataFetcher("nodeId", env -> env.<Proposal>getSource().nodeId())
        .dataFetcher("service", env -> proposed(env).service())
        .dataFetcher("location", env -> location(proposed(env), false))
        .dataFetcher("distanceKm", env -> proposed(env).distanceKm())
        .dataFetcher("score", env -> proposed(env).score())
        .dataFetcher("eligible", env -> proposed(env).eligible())
        .dataFetcher("capacityStale", env -> proposed(env).capacityStale())
        .dataFetcher("reasons", env -> reasons(proposed(env))));
    wiring.type("Referral", type -> type
        .dataFetcher("id", env -> referralId(referral(env).region(), referral(env).id()))
        .dataFetcher("localId", env -> referral(env).id())
        .dataFetcher("region", env -> referral(env).region())
        .dataFetcher("serviceRegion", env -> referral(env).serviceRegion())
        .dataFetcher("clientReference", env -> referral(env).clientReference())
        .dataFetcher("createdAt", env -> referral(env).createdAt())
        .dataFetcher("updatedAt", env -> referral(env).updatedAt())
        .dataFetcher("expiresAt", env -> referral(env).expiresAt())
        .dataFetcher("outcome", env -> referral(env).outcome())
        .dataFetcher("status", env -> referral(env).status().name())
        .dataFetcher("needs", env -> vocabulary.related(referral(env).needs(), "es"))
        .dataFetcher("documents", env -> view(env).shows(ReferralField.DOCUMENTS)
            ? vocabulary.related(referral(env).documents(), "es") : null)
        .dataFetcher("languages", env -> view(env).shows(ReferralField.LANGUAGES) ? referral(env).languages() : null)
        .dataFetcher("household", env -> view(env).shows(ReferralField.HOUSEHOLD) ? referral(env).household() : null)
        .dataFetcher("profile", env -> view(env).shows(ReferralField.PROFILE) && !referral(env).profile().isEmpty()
            ? referral(env).profile() : null)
        .dataFetcher("point", env -> view(env).shows(ReferralField.LOCATION) ? referral(env).point() : null)
        .dataFetcher("municipality", env -> referral(env).municipality() == null ? null
            : env.getDataLoader(Loaders.MUNICIPALITY).load(new MunicipalityCode(referral(env).municipality())))
        .dataFetcher("urgency", env -> referral(env).urgency().name())
        .dataFetcher("sender", env -> organization(env, referral(env).senderOrganization()))
        .dataFetcher("receiver", env -> organization(env, referral(env).receiverOrganization()))
        .dataFetcher("service", env -> env.getDataLoader(Loaders.SERVICE).load(referral(env).serviceId()))
        .dataFetcher("contact", env -> view(env).contact())
        .dataFetcher("consent", env -> consent(referral(env).consent()))
        .dataFetcher("rejectReason", env -> referral(env).rejectReason() == null ? null
            : referral(env).rejectReason().name())
        .dataFetcher("reroutedFrom", env -> referral(env).reroutedFrom() == null ? null
            : referralId(referral(env).region(), referral(env).reroutedFrom()))
        .dataFetcher("anonymised", env -> referral(env).isAnonymised()));
    wiring.type("ReferralEventNotice", type -> type
        .dataFetcher("referral", env -> referralId(event(env).region(), event(env).referralId()))
        .dataFetcher("from", env -> event(env).from() == null ? null : event(env).from().name())
        .dataFetcher("to", env -> event(env).to().name())
        .dataFetcher("sender", env -> event(env).senderOrganization())
        .dataFetcher("receiver", env -> event(env).receiverOrganization()));
  }

  static StatsView stats(ReferralCounts counts, String region, Caller caller) {
    return new StatsView(region == null ? caller.region().orElse("") : region, counts.total(),
        counts(counts.byStatus()), counts(counts.byReason()), counts(counts.byNeed()), counts(counts.byMunicipality()));
  }

  private static List<Count> counts(Map<String, Long> counts) {
    return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key)).toList();
  }

  private static ConsentView consent(Consent c) {
    return new ConsentView(c.purpose(), c.organizations(), c.fields().stream().map(Enum::name).sorted().toList(),
        c.noticeVersion(), c.recordedAt(), c.recordedBy(), c.withdrawnAt());
  }

  private static Object organization(DataFetchingEnvironment env, String id) {
    return id == null ? CompletableFuture.completedFuture(null) : env.getDataLoader(Loaders.ORGANIZATION).load(id);
  }

  private static String referralId(String region, String id) {
    return new GlobalId("Referral", region, id).encode();
  }

  private static ServiceMatch match(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static ServiceMatch proposed(DataFetchingEnvironment env) {
    return env.<Proposal>getSource().match();
  }

  private static LocationView location(ServiceMatch match, boolean local) {
    return new LocationView(match.location(), ConfidentialPlaces.isConfidential(match.service(), match.location()),
        local);
  }

  private static List<Map<String, Object>> reasons(ServiceMatch match) {
    return match.reasons().stream().map(r -> Map.<String, Object>of("rule", r.rule().name(), "passed", r.passed(),
        "explanation", r.explanation(), "depends", r.depends(), "questions", r.questions())).toList();
  }

  private static ReferralView view(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static Referral referral(DataFetchingEnvironment env) {
    return view(env).referral();
  }

  private static ReferralEvent event(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
