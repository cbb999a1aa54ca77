package enlace.broker.graphql;

import enlace.broker.referral.NeedMatches;
import enlace.broker.referral.PeerProposals;
import enlace.broker.referral.Proposal;
import enlace.broker.referral.ReferralBroker;
import enlace.broker.referral.ReferralEvents;
import enlace.broker.referral.ReferralStatistics;
import enlace.broker.referral.ReferralView;
import enlace.broker.referral.Webhooks;
import enlace.broker.security.NodeKey;
import enlace.broker.security.Scope;
import enlace.graph.organization.Organization;
import enlace.graph.referral.ReferralPage;
import enlace.graph.referral.ReferralStatus;
import enlace.graph.service.Location;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** The referral API's root fields: read arguments, call the broker, return what it gives. */
final class ReferralFetchers {

  record ReferralEdge(String cursor, ReferralView node) {}

  record ReferralConnection(List<ReferralEdge> edges, Connections.PageInfo pageInfo) {}

  private final ReferralBroker broker;
  private final ReferralStatistics statistics;
  private final Webhooks webhooks;
  private final ReferralEvents events;
  private final Optional<PeerProposals> proposals;

  ReferralFetchers(ReferralBroker broker, ReferralStatistics statistics, Webhooks webhooks, ReferralEvents events,
      Optional<PeerProposals> proposals) {
    this.proposals = proposals;
    this.broker = broker;
    this.statistics = statistics;
    this.webhooks = webhooks;
    this.events = events;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type
        .dataFetcher("matchServices", this::matchServices)
        .dataFetcher("referral", env -> on(env, broker.read(Access.caller(env), env.getArgument("id"))))
        .dataFetcher("referrals", this::referrals)
        .dataFetcher("referralStats", env -> on(env, statistics.count(Access.caller(env), env.getArgument("region"),
            env.<Instant>getArgument("since")).thenApply(counts -> ReferralTypeFetchers.stats(counts,
                env.<String>getArgument("region"), Access.caller(env))))));
    wiring.type("Mutation", type -> type
        .dataFetcher("createReferral", env -> on(env, broker.create(Access.caller(env),
            ReferralInputs.referral(env.getArgument("input")))))
        .dataFetcher("acceptReferral", env -> move(env, ReferralStatus.ACCEPTED, null, "note"))
        .dataFetcher("rejectReferral", env -> move(env, ReferralStatus.REJECTED, env.getArgument("reason"), "note"))
        .dataFetcher("startReferral", env -> move(env, ReferralStatus.IN_PROGRESS, null, "note"))
        .dataFetcher("holdReferral", env -> move(env, ReferralStatus.ON_HOLD, null, "note"))
        .dataFetcher("completeReferral", env -> move(env, ReferralStatus.COMPLETED, null, "outcome"))
        .dataFetcher("failReferral", env -> move(env, ReferralStatus.FAILED, null, "note"))
        .dataFetcher("cancelReferral", env -> move(env, ReferralStatus.CANCELLED, null, "note"))
        .dataFetcher("rerouteReferral", env -> on(env, broker.reroute(Access.caller(env), env.getArgument("id"),
            ReferralInputs.contact(env.getArgument("contact"), "contact"))))
        .dataFetcher("withdrawConsent", env -> on(env, broker.withdrawConsent(Access.caller(env),
            env.getArgument("id"))))
        .dataFetcher("setReferralWebhook", env -> on(env, webhooks.register(Access.caller(env),
            env.getArgument("url"), env.getArgument("secret"))))
        .dataFetcher("removeReferralWebhook", env -> on(env, webhooks.remove(Access.caller(env)))));
    wiring.type("Subscription", type -> type.dataFetcher("referralEvents", this::referralEvents));
  }

  /**
   * This node's matches; for a need none of them can take, the peers' proposals, unless the caller asked for
   * {@code scope: LOCAL} or is itself a peer (whose question is never forwarded again).
   */
  private Object matchServices(DataFetchingEnvironment env) {
    var request = ReferralInputs.need(env.getArgument("need"), "need");
    int first = env.<Integer>getArgument("first");
    var caller = Access.caller(env);
    var matching = broker.matching();
    boolean fromPeer = NodeKey.isNode(caller);
    var federated = proposals.filter(p -> !fromPeer && !"LOCAL".equals(env.getArgument("scope")));
    var needs = matching.need(request, "need", fromPeer ? proposals.map(PeerProposals::radiusKm).orElse(0.0) : 0);
    var local = on(env, needs.thenCompose(need -> matching.match(need, first, Set.of())
        .thenApply(found -> Map.entry(need, found))));
    if (federated.isEmpty()) {
      return local.thenApply(Map.Entry::getValue);
    }
    RequestContext context = env.getGraphQlContext().get(RequestContext.class);
    return Future.fromCompletionStage(local, context.vertx())
        .compose(found -> federated.get().propose(context.vertx(), found.getKey(), found.getValue(), first))
        .map(found -> {
          found.stream().flatMap(n -> n.proposals().stream()).forEach(p -> prime(env, p));
          var report = found.stream().flatMap(n -> n.federation().stream()).findFirst();
          return DataFetcherResult.<List<NeedMatches>>newResult().data(found)
              .extensions(report.<Map<Object, Object>>map(r -> Map.of("federation", r)).orElse(Map.of())).build();
        })
        .toCompletionStage();
  }

  /** A peer's records under the keys its service names them by, so the loaders never look for them locally. */
  private static void prime(DataFetchingEnvironment env, Proposal proposal) {
    var service = proposal.match().service();
    env.<String, Organization>getDataLoader(Loaders.ORGANIZATION).prime(service.organizationId(),
        proposal.organization());
    env.<String, Location>getDataLoader(Loaders.LOCATION).prime(service.locationIds().getFirst(),
        proposal.match().location());
  }

  private CompletionStage<ReferralConnection> referrals(DataFetchingEnvironment env) {
    var box = ReferralPage.Box.valueOf(env.getArgument("box"));
    String status = env.getArgument("status");
    String after = env.getArgument("after");
    var page = broker.list(Access.caller(env), box, status == null ? null : ReferralStatus.valueOf(status),
        env.<Integer>getArgument("first"), after == null ? null : ReferralCursor.decode(after));
    return on(env, page).thenApply(p -> {
      var edges = p.items().stream().map(v -> new ReferralEdge(ReferralCursor.encode(
          new ReferralPage.Cursor(v.referral().createdAt(), v.referral().id())), v)).toList();
      return new ReferralConnection(edges, Connections.PageInfo.of(edges.stream().map(ReferralEdge::cursor).toList(),
          p.hasMore(), after != null));
    });
  }

  private EventPublisher<enlace.graph.referral.ReferralEvent> referralEvents(DataFetchingEnvironment env) {
    var caller = Access.require(env, Scope.REFERRAL_READ);
    var organization = ReferralBroker.organization(caller);
    String box = env.getArgument("box");
    RequestContext context = env.getGraphQlContext().get(RequestContext.class);
    return EventPublisher.referrals(events, context.vertx(), event ->
        (!"OUTBOX".equals(box) && event.receiverOrganization().equals(organization))
            || (!"INBOX".equals(box) && event.senderOrganization().equals(organization)));
  }

  private CompletionStage<ReferralView> move(DataFetchingEnvironment env, ReferralStatus to, String reason,
      String noteArgument) {
    return on(env, broker.move(Access.caller(env), env.getArgument("id"), to, reason, env.getArgument(noteArgument)));
  }

  private static <T> CompletionStage<T> on(DataFetchingEnvironment env, CompletionStage<T> stage) {
    return QueryFetchers.on(env, stage);
  }
}
