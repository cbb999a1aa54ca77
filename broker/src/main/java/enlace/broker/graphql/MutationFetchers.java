package enlace.broker.graphql;

import enlace.broker.directory.DirectoryWrites;
import enlace.broker.directory.HoursInput;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;

/** The write path: read arguments, hand them with the caller to the directory, return what changed. */
final class MutationFetchers {

  private final DirectoryWrites writes;

  MutationFetchers(DirectoryWrites writes) {
    this.writes = writes;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type
        .dataFetcher("updateCapacity", env -> QueryFetchers.on(env, writes.updateCapacity(Access.caller(env),
            env.getArgument("serviceId"), env.<Integer>getArgument("available"), env.getArgument("total"))))
        .dataFetcher("setOpeningHours", env -> QueryFetchers.on(env, writes.setOpeningHours(Access.caller(env),
            env.getArgument("serviceId"), hours(env), env.getArgument("timezone"))))
        .dataFetcher("markVerified", env -> QueryFetchers.on(env,
            writes.markVerified(Access.caller(env), env.getArgument("serviceId"))))
        .dataFetcher("retireService", env -> QueryFetchers.on(env,
            writes.retireService(Access.caller(env), env.getArgument("serviceId")))));
  }

  private static List<HoursInput> hours(DataFetchingEnvironment env) {
    List<Map<String, Object>> hours = env.getArgument("hours");
    return hours.stream().map(h -> new HoursInput(String.valueOf(h.get("weekday")), (String) h.get("opens"),
        (String) h.get("closes"))).toList();
  }
}
