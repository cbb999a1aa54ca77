package enlace.broker.graphql;

import enlace.broker.security.Caller;
import enlace.broker.security.Scope;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

/** {@code whoami}: what the caller's token says, for consoles and for checking a token by hand. */
final class AccessFetchers {

  private AccessFetchers() {}

  static void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type.dataFetcher("whoami", Access::authenticated));
    wiring.type("Caller", type -> type
        .dataFetcher("organization", env -> source(env).organization().orElse(null))
        .dataFetcher("region", env -> source(env).region().orElse(null))
        .dataFetcher("scopes", env -> source(env).scopes().stream().map(Scope::value).sorted().toList()));
  }

  private static Caller source(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
