package enlace.broker.bench;

import enlace.broker.gaps.GapsAnalysis;
import enlace.broker.security.Caller;
import enlace.broker.security.Scope;
import enlace.graph.Graph;
import enlace.graph.municipality.Region;
import enlace.ontology.Ontology;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --operation gaps}: the coordinator's gaps of the whole country (region mx, every service of the
 * directory) for three broad categories within 100 km, one query at a time, timed end to end in the JVM
 * (the six Cypher queries and the ranking), after a few warm-up runs.
 */
record GapsBench(Graph graph, Ontology ontology, List<Region> regions, PrintStream out) {

  static final List<String> CATEGORIES = List.of("enl:shelter", "enl:health", "enl:employment");
  static final int WARMUP = 3;

  void run(int measured) {
    var analysis = new GapsAnalysis(graph, ontology, regions, Clock.systemUTC());
    var coordinator = new Caller("bench-coordinator", "bench", Optional.empty(), Optional.of("mx"),
        Set.of(Scope.COORDINATOR), "bench", "bench");
    var request = new GapsAnalysis.Request("mx", CATEGORIES, 100, 180, 20);
    var millis = new double[measured];
    for (int i = -WARMUP; i < measured; i++) {
      long started = System.nanoTime();
      var gaps = analysis.gaps(coordinator, request).toCompletableFuture().join();
      double ms = (System.nanoTime() - started) / 1e6;
      if (i >= 0) {
        millis[i] = ms;
      } else {
        out.printf(Locale.ROOT, "gaps warm-up: %.0f ms, %d municipalities, %d without a DAM listed%n", ms,
            gaps.municipalities().size(), gaps.withoutDam().size());
      }
    }
    Arrays.sort(millis);
    out.printf(Locale.ROOT, "gaps of region mx, %s within 100 km, %d runs: p50 %.0f ms, p90 %.0f ms, max %.0f ms%n",
        CATEGORIES, measured, millis[measured / 2], millis[(int) Math.ceil(measured * 0.9) - 1],
        millis[measured - 1]);
  }
}
