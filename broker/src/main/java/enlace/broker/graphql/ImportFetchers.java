package enlace.broker.graphql;

import enlace.broker.imports.ImportService;
import enlace.graph.provenance.Merges;
import graphql.schema.idl.RuntimeWiring;
import java.util.Map;

/** importBatch, duplicateMerges and undoMerge: read arguments, hand them with the caller to the imports. */
final class ImportFetchers {

  private final ImportService imports;

  ImportFetchers(ImportService imports) {
    this.imports = imports;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type
        .dataFetcher("importBatch", env -> QueryFetchers.on(env, imports.importBatch(Access.caller(env),
            env.getArgument("format"), env.getArgument("source"), env.getArgument("content"),
            Boolean.TRUE.equals(env.getArgument("dryRun")), Boolean.TRUE.equals(env.getArgument("skipInvalid")))))
        .dataFetcher("undoMerge", env -> QueryFetchers.on(env, imports.undoMerge(Access.caller(env),
            env.getArgument("id")).thenApply(found -> found.map(ImportFetchers::merge).orElse(null)))));
    wiring.type("Query", type -> type
        .dataFetcher("duplicateMerges", env -> QueryFetchers.on(env, imports.merges(Access.caller(env),
            env.<Integer>getArgument("first")).thenApply(list -> list.stream().map(ImportFetchers::merge).toList()))));
    wiring.type("ServiceMerge", type -> type
        .dataFetcher("service", env -> {
          Map<String, Object> merge = env.getSource();
          return env.<Object, Object>getDataLoader(Loaders.SERVICE).load(merge.get("serviceId"));
        }));
  }

  private static Map<String, Object> merge(Merges.Merge m) {
    var out = new java.util.HashMap<String, Object>();
    out.put("id", m.key());
    out.put("source", m.source());
    out.put("sourceId", m.recordId());
    out.put("importedAt", m.importedAt());
    out.put("serviceId", m.serviceId());
    return out;
  }
}
