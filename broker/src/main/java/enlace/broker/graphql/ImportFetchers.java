package enlace.broker.graphql;

import enlace.broker.imports.ImportReview;
import enlace.broker.imports.ImportService;
import enlace.connectors.imports.ImportSummary;
import enlace.connectors.imports.Problem;
import enlace.graph.provenance.Merges;
import enlace.graph.review.StoredMapping;
import enlace.graph.review.WarningGroup;
import enlace.ontology.WordMatch;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.Locale;
import java.util.Map;

/**
 * importBatch, duplicateMerges and undoMerge, and the review of import warnings (importWarnings, valueMappings,
 * mapValue): read arguments, hand them with the caller to the imports. Messages come in the language asked, else
 * the request's.
 */
final class ImportFetchers {

  private final ImportService imports;

  ImportFetchers(ImportService imports) {
    this.imports = imports;
  }

  void wire(RuntimeWiring.Builder wiring) {
    var review = imports.review();
    wiring.type("Mutation", type -> type
        .dataFetcher("importBatch", env -> QueryFetchers.on(env, imports.importBatch(Access.caller(env),
            env.getArgument("format"), env.getArgument("source"), env.getArgument("content"),
            Boolean.TRUE.equals(env.getArgument("dryRun")), Boolean.TRUE.equals(env.getArgument("skipInvalid")))))
        .dataFetcher("undoMerge", env -> QueryFetchers.on(env, imports.undoMerge(Access.caller(env),
            env.getArgument("id")).thenApply(found -> found.map(ImportFetchers::merge).orElse(null))))
        .dataFetcher("mapValue", env -> QueryFetchers.on(env, review.map(Access.caller(env), env.getArgument("region"),
            env.getArgument("topic"), env.getArgument("value"), env.getArgument("concept")))));
    wiring.type("Query", type -> type
        .dataFetcher("duplicateMerges", env -> QueryFetchers.on(env, imports.merges(Access.caller(env),
            env.<Integer>getArgument("first")).thenApply(list -> list.stream().map(ImportFetchers::merge).toList())))
        .dataFetcher("importWarnings", env -> QueryFetchers.on(env, review.groups(Access.caller(env),
            env.getArgument("region"), env.<Integer>getArgument("first"))))
        .dataFetcher("valueMappings", env -> QueryFetchers.on(env, review.mappings(Access.caller(env),
            env.getArgument("region")))));
    wiring.type("ServiceMerge", type -> type
        .dataFetcher("service", env -> {
          Map<String, Object> merge = env.getSource();
          return env.<Object, Object>getDataLoader(Loaders.SERVICE).load(merge.get("serviceId"));
        }));
    wiring.type("ImportResult", type -> type
        .dataFetcher("rejected", env -> env.<ImportSummary>getSource().refused()));
    wiring.type("ImportProblem", type -> type
        .dataFetcher("severity", env -> problem(env).severity().name())
        .dataFetcher("kind", env -> problem(env).kind().name())
        .dataFetcher("message", env -> problem(env).message().in(lang(env)))
        .dataFetcher("reason", env -> problem(env).message().en()));
    wiring.type("ImportSuggestion", type -> type
        .dataFetcher("label", env -> env.getSource() instanceof Problem.Suggestion s ? s.label().in(lang(env))
            : env.<Map<String, Object>>getSource().get("label")));
    wiring.type("WarningGroup", type -> type
        .dataFetcher("topic", env -> topic(env.<WarningGroup>getSource().topic()))
        .dataFetcher("message", env -> lang(env).equals("en") ? group(env).messageEn() : group(env).messageEs())
        .dataFetcher("candidates", env -> review.candidates(group(env)).stream()
            .map(c -> suggestion(c, lang(env))).toList()));
    wiring.type("ValueMapping", type -> type
        .dataFetcher("topic", env -> topic(env.<StoredMapping>getSource().topic())));
    wiring.type("MappedValue", type -> type
        .dataFetcher("topic", env -> topic(env.<ImportReview.Mapped>getSource().topic())));
  }

  private static Problem problem(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static WarningGroup group(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static Map<String, Object> suggestion(WordMatch.Candidate c, String lang) {
    var out = new java.util.HashMap<String, Object>();
    out.put("value", c.iri());
    out.put("code", c.code());
    out.put("label", c.label(lang));
    return out;
  }

  private static String topic(String stored) {
    return stored == null ? null : stored.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** The language asked in the field's lang argument, else the request's. */
  private static String lang(DataFetchingEnvironment env) {
    String asked = env.getArgument("lang");
    if (asked != null) {
      return asked.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "es";
    }
    RequestContext request = env.getGraphQlContext().get(RequestContext.class);
    return request == null ? "es" : request.lang();
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
