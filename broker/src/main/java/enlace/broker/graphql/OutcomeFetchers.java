package enlace.broker.graphql;

import enlace.broker.outcome.EmployerTable;
import enlace.broker.outcome.EmploymentOutcomes;
import enlace.broker.referral.ReferralView;
import enlace.broker.referral.ServiceMatch;
import enlace.graph.organization.Organization;
import enlace.graph.outcome.EmployerReview;
import enlace.graph.vacancy.Vacancy;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.MappedBatchLoader;

/** Employment outcomes in the API: recording them, the coordinators' report and reviews, cautions (batched). */
public final class OutcomeFetchers {

  private static final String CAUTIONS = "employerCautions";

  record EmployerView(EmployerTable.Row row, EmployerReview review) {}

  record ReportView(EmploymentOutcomes.Report report) {}

  private final EmploymentOutcomes outcomes;

  public OutcomeFetchers(EmploymentOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type
        .dataFetcher("recordEmploymentOutcome", env -> on(env, outcomes.record(Access.caller(env),
            env.getArgument("referralId"), env.getArgument("outcome"), env.getArgument("consent"))))
        .dataFetcher("markEmployerForReview", env -> on(env, outcomes.review(Access.caller(env),
            env.getArgument("organizationId"), true, env.getArgument("reason")).thenApply(r -> r.orElse(null))))
        .dataFetcher("clearEmployerReview", env -> on(env, outcomes.review(Access.caller(env),
            env.getArgument("organizationId"), false, env.getArgument("reason")).thenApply(r -> r.orElse(null)))));
    wiring.type("Query", type -> type.dataFetcher("employerOutcomes", env -> on(env, outcomes.report(
        Access.caller(env), env.getArgument("region"), env.getArgument("months")).thenApply(ReportView::new))));
    wiring.type("EmployerOutcomesReport", type -> type
        .dataFetcher("region", env -> report(env).region())
        .dataFetcher("since", env -> report(env).since())
        .dataFetcher("minimumReferrals", env -> EmployerTable.MIN_REFERRALS)
        .dataFetcher("employers", env -> report(env).employers().stream()
            .map(r -> new EmployerView(r, report(env).reviews().get(r.employer()))).toList())
        .dataFetcher("flagged", env -> report(env).employers().stream().filter(EmployerTable.Row::flagged)
            .map(r -> new EmployerView(r, report(env).reviews().get(r.employer()))).toList()));
    wiring.type("EmployerOutcomes", type -> type
        .dataFetcher("employerId", env -> row(env).employer())
        .dataFetcher("employerName", env -> row(env).employerName())
        .dataFetcher("employer", env -> env.getDataLoader(Loaders.ORGANIZATION).load(row(env).employer()))
        .dataFetcher("total", env -> row(env).total())
        .dataFetcher("months", env -> row(env).months())
        .dataFetcher("flagged", env -> row(env).flagged())
        .dataFetcher("flaggedFor", env -> row(env).flaggedFor().stream().map(Enum::name).toList())
        .dataFetcher("review", env -> env.<EmployerView>getSource().review()));
    wiring.type("OutcomeCount", type -> type
        .dataFetcher("outcome", env -> env.<EmployerTable.Count>getSource().outcome().name()));
    wiring.type("EmployerReview", type -> type
        .dataFetcher("employerId", env -> env.<EmployerReview>getSource().employer()));
    wiring.type("EmploymentOutcomeRecord", type -> type
        .dataFetcher("outcome", env -> env.<enlace.graph.outcome.OutcomeReport>getSource().outcome().name()));
    wiring.type("Referral", type -> type.dataFetcher("employmentOutcomes", env -> on(env,
        outcomes.ofReferral(env.<ReferralView>getSource().referral().id()))));
    wiring.type("ServiceMatch", type -> type.dataFetcher("caution", env -> caution(env,
        env.<ServiceMatch>getSource().service().organizationId())));
    wiring.type("Vacancy", type -> type.dataFetcher("caution", env -> caution(env,
        env.<Vacancy>getSource().organizationId())));
    wiring.type("Organization", type -> type.dataFetcher("caution", env -> caution(env,
        env.<Organization>getSource().id())));
    wiring.type("EmployerCaution", type -> type.dataFetcher("message", env ->
        env.<EmploymentOutcomes.Caution>getSource().message(env.getArgument("lang"))));
  }

  /** The caution on an employer, batched across the request into one store call; null for non-partners. */
  private CompletionStage<EmploymentOutcomes.Caution> caution(DataFetchingEnvironment env, String employer) {
    var caller = Access.caller(env);
    RequestContext context = env.getGraphQlContext().get(RequestContext.class);
    DataLoader<String, EmploymentOutcomes.Caution> loader = env.getDataLoaderRegistry().computeIfAbsent(CAUTIONS,
        name -> {
          MappedBatchLoader<String, EmploymentOutcomes.Caution> batch = keys ->
              RequestContext.onLoop(context.vertx(), outcomes.cautions(caller, keys)
                  .thenApply(found -> (Map<String, EmploymentOutcomes.Caution>) found));
          return DataLoaderFactory.newMappedDataLoader(batch);
        });
    return loader.load(employer);
  }

  private static EmploymentOutcomes.Report report(DataFetchingEnvironment env) {
    return env.<ReportView>getSource().report();
  }

  private static EmployerTable.Row row(DataFetchingEnvironment env) {
    return env.<EmployerView>getSource().row();
  }

  private static <T> CompletionStage<T> on(DataFetchingEnvironment env, CompletionStage<T> stage) {
    return QueryFetchers.on(env, stage);
  }
}
