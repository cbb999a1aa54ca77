package enlace.broker.graphql;

import enlace.broker.directory.GlobalId;
import enlace.broker.gaps.GapsAnalysis;
import enlace.graph.gaps.CategoryGap;
import enlace.graph.gaps.CategoryReach;
import enlace.graph.gaps.Gaps;
import enlace.graph.gaps.MunicipalityGap;
import enlace.graph.gaps.StaleService;
import enlace.graph.municipality.MunicipalityCode;
import enlace.ontology.Ontology;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;

/** The coordinator's gaps query and its types. */
public final class GapsFetchers {

  private final GapsAnalysis analysis;
  private final Ontology ontology;

  public GapsFetchers(GapsAnalysis analysis, Ontology ontology) {
    this.analysis = analysis;
    this.ontology = ontology;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type.dataFetcher("gaps", env -> QueryFetchers.on(env,
        analysis.gaps(Access.caller(env), new GapsAnalysis.Request(env.getArgument("region"),
            env.<List<String>>getArgument("categories"), env.<Double>getArgument("radiusKm"),
            env.<Integer>getArgument("staleDays"), env.<Integer>getArgument("top"))))));
    wiring.type("Gaps", type -> type
        .dataFetcher("categories", env -> env.<Gaps>getSource().categories().stream().map(this::concept).toList()));
    wiring.type("MunicipalityGap", type -> type
        .dataFetcher("population", env -> {
          Long population = env.<MunicipalityGap>getSource().population();
          return population == null ? null : Math.toIntExact(population);
        }));
    wiring.type("CategoryGap", type -> type
        .dataFetcher("category", env -> concept(env.<CategoryGap>getSource().category()))
        .dataFetcher("referrals", env -> gap(env).demand().referrals())
        .dataFetcher("rejectedShare", env -> gap(env).demand().rejectedShare())
        .dataFetcher("rejectedNoCapacity", env -> gap(env).demand().rejectedNoCapacity())
        .dataFetcher("rejectedNotEligible", env -> gap(env).demand().rejectedNotEligible())
        .dataFetcher("medianHoursToAcceptance", env -> gap(env).demand().medianHoursToAcceptance()));
    wiring.type("CategoryReach", type -> type
        .dataFetcher("category", env -> concept(env.<CategoryReach>getSource().category())));
    wiring.type("StaleService", type -> type
        .dataFetcher("id", env -> new GlobalId("Service", stale(env).region(), stale(env).id()).encode())
        .dataFetcher("municipality", env -> env.getDataLoader(Loaders.MUNICIPALITY)
            .load(new MunicipalityCode(stale(env).municipality()))));
  }

  private VocabularyFetchers.ConceptView concept(String iri) {
    return new VocabularyFetchers.ConceptView(ontology.concept(iri).orElseThrow(), "es");
  }

  private static CategoryGap gap(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static StaleService stale(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
