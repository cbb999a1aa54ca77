package enlace.broker.referral;

import enlace.broker.federation.FederatedSearch;
import enlace.broker.federation.PeerCalls;
import enlace.broker.federation.PeerReport;
import enlace.broker.federation.RemoteHits;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * matchServices across regions: for the needs no local service can take the person for, the same need
 * goes to every peer (their own matchServices, LOCAL, within the proposal radius) in parallel under the
 * federation's timeouts, deadline and circuit breakers, and the peers' best matches come back as
 * proposals with their reasons. Only the need crosses: categories and documents as shared concepts,
 * languages, household counts, a point, when and how urgent; never a reference to the person, a contact or the
 * person's profile. A peer's service that depends on the profile comes back with its questions, and this node
 * answers them from the profile it holds: proposed when the answer is yes, dropped when it is no.
 */
public final class PeerProposals {

  static final String QUERY = """
      query Proposals($need: NeedInput!, $first: Int!) {
        matchServices(need: $need, first: $first, scope: LOCAL) {
          need { iri }
          matches { ...Candidate }
          depends { ...Candidate }
        }
      }
      fragment Candidate on ServiceMatch {
        location %s
        service %s
        distanceKm score eligible capacityStale
        reasons { rule passed explanation questions { field accepts } }
      }
      """.formatted(RemoteHits.LOCATION_FIELDS, RemoteHits.SERVICE_FIELDS);

  private final FederatedSearch federation;
  private final PeerCalls calls;

  public PeerProposals(FederatedSearch federation) {
    this.federation = federation;
    this.calls = federation.calls();
  }

  /** How far a peer asking this node for proposals may look. */
  public double radiusKm() {
    return calls.settings().proposalRadiusKm();
  }

  /** {@code found} with proposals added to each need that has no eligible local match; runs on {@code context}. */
  public Future<List<NeedMatches>> propose(Context context, Need need, List<NeedMatches> found, int first) {
    var lacking = found.stream().filter(n -> n.matches().isEmpty()).map(NeedMatches::need).toList();
    if (lacking.isEmpty() || calls.settings().peers().isEmpty()) {
      return Future.succeededFuture(found);
    }
    var shared = new HashMap<String, List<String>>();
    lacking.forEach(category -> shared.put(category, federation.sharedIris(List.of(category))));
    var variables = new JsonObject().put("need", wire(need, shared.values().stream().flatMap(List::stream)
        .distinct().toList())).put("first", first);
    long deadline = calls.deadline();
    var trace = PeerCalls.traceparent();
    var answers = calls.settings().peers().stream().map(peer -> calls.ask(context, peer, QUERY, variables, trace,
        deadline, PeerProposals::read, List::size)).toList();
    return Future.join(answers).map(v -> {
      var proposals = new ArrayList<Proposal>();
      var reports = new ArrayList<PeerReport>();
      for (var answer : answers) {
        reports.add(answer.result().report());
        answer.result().value().ifPresent(proposals::addAll);
      }
      var report = PeerCalls.report(trace, reports);
      var decided = proposals.stream().flatMap(p -> p.match().decidedBy(need.profile()).filter(ServiceMatch::eligible)
          .map(m -> new Proposal(p.nodeId(), m, p.organization())).stream()).toList();
      return found.stream().map(n -> !lacking.contains(n.need()) ? n : n.withProposals(decided.stream()
          .filter(p -> shared.get(n.need()).contains(p.match().need()))
          .sorted(java.util.Comparator.comparing(Proposal::match, ServiceMatching.BEST))
          .limit(first).toList(), report)).toList();
    });
  }

  /** The need as a peer gets it: shared concepts and a point. */
  private JsonObject wire(Need need, List<String> categories) {
    var household = need.household();
    return new JsonObject()
        .put("categories", new JsonArray(categories))
        .put("documents", new JsonArray(federation.sharedIris(need.documents())))
        .put("languages", new JsonArray(List.copyOf(need.languages())))
        .put("near", new JsonObject().put("latitude", need.center().latitude())
            .put("longitude", need.center().longitude()))
        .put("radiusKm", radiusKm())
        .put("household", new JsonObject().put("adults", household.adults()).put("children", household.children())
            .put("unaccompaniedMinor", household.unaccompaniedMinor()))
        .put("at", need.at() == null ? null : need.at().toString())
        .put("urgency", need.urgency().name());
  }

  /** A peer's eligible matches as proposals; {@link IllegalArgumentException} when the answer has none. */
  static List<Proposal> read(String peerId, JsonObject body) {
    var data = body.getJsonObject("data");
    var needs = data == null ? null : data.getJsonArray("matchServices");
    if (needs == null) {
      throw new IllegalArgumentException("peer " + peerId + " answered without matches: "
          + body.getJsonArray("errors", new JsonArray()).encode());
    }
    var proposals = new ArrayList<Proposal>();
    for (var n : needs) {
      var forNeed = (JsonObject) n;
      var category = forNeed.getJsonObject("need").getString("iri");
      var candidates = java.util.stream.Stream.concat(forNeed.getJsonArray("matches").stream(),
          forNeed.getJsonArray("depends", new JsonArray()).stream()).toList();
      for (var m : candidates) {
        var match = (JsonObject) m;
        var remote = RemoteHits.service(peerId, match.getJsonObject("location"), match.getJsonObject("service"));
        var reasons = match.getJsonArray("reasons").stream().map(r -> (JsonObject) r).map(PeerProposals::reason)
            .toList();
        proposals.add(new Proposal(peerId, new ServiceMatch(remote.service(), remote.location(), category,
            match.getDouble("distanceKm"), match.getDouble("score"), match.getBoolean("eligible"),
            match.getBoolean("capacityStale"), reasons), remote.organization()));
      }
    }
    return proposals;
  }

  private static MatchReason reason(JsonObject r) {
    var questions = r.getJsonArray("questions", new JsonArray()).stream().map(q -> (JsonObject) q)
        .map(q -> new Question(ProfileField.valueOf(q.getString("field")),
            java.util.Set.copyOf(q.getJsonArray("accepts").stream().map(String::valueOf).toList())))
        .toList();
    return new MatchReason(MatchRule.valueOf(r.getString("rule")), r.getBoolean("passed"), r.getString("explanation"),
        questions);
  }
}
