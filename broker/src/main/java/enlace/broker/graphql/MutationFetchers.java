package enlace.broker.graphql;

import enlace.broker.directory.DirectoryUpserts;
import enlace.broker.directory.DirectoryWrites;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.Map;

/** The write path: read arguments, hand them with the caller to the directory, return what changed. */
final class MutationFetchers {

  private final DirectoryWrites writes;
  private final DirectoryUpserts upserts;

  MutationFetchers(DirectoryWrites writes, DirectoryUpserts upserts) {
    this.writes = writes;
    this.upserts = upserts;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type
        .dataFetcher("updateCapacity", env -> QueryFetchers.on(env, writes.updateCapacity(Access.caller(env),
            env.getArgument("serviceId"), env.<Integer>getArgument("available"), env.getArgument("total"))))
        .dataFetcher("setOpeningHours", env -> QueryFetchers.on(env, writes.setOpeningHours(Access.caller(env),
            env.getArgument("serviceId"), MutationInputs.hours(env.getArgument("hours")), env.getArgument("timezone"))))
        .dataFetcher("markVerified", env -> QueryFetchers.on(env,
            writes.markVerified(Access.caller(env), env.getArgument("serviceId"))))
        .dataFetcher("retireService", env -> QueryFetchers.on(env,
            writes.retireService(Access.caller(env), env.getArgument("serviceId"))))
        .dataFetcher("upsertOrganization", env -> QueryFetchers.on(env,
            upserts.upsertOrganization(Access.caller(env), MutationInputs.organization(input(env)))))
        .dataFetcher("upsertLocation", env -> QueryFetchers.on(env,
            upserts.upsertLocation(Access.caller(env), MutationInputs.location(input(env)))
                .thenApply(location -> LocationView.local(location, false))))
        .dataFetcher("upsertService", env -> QueryFetchers.on(env,
            upserts.upsertService(Access.caller(env), MutationInputs.service(input(env)))))
        .dataFetcher("postVacancy", env -> QueryFetchers.on(env,
            upserts.postVacancy(Access.caller(env), MutationInputs.vacancy(input(env)))))
        .dataFetcher("closeVacancy", env -> QueryFetchers.on(env,
            upserts.closeVacancy(Access.caller(env), env.getArgument("vacancyId")))));
  }

  private static Map<String, Object> input(DataFetchingEnvironment env) {
    return env.getArgument("input");
  }
}
