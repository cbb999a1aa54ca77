package enlace.connectors.imports;

import enlace.connectors.gazetteer.Gazetteer;
import enlace.connectors.gazetteer.GeographyLoader;
import enlace.connectors.gazetteer.Regions;
import enlace.graph.TestGraph;
import enlace.graph.audit.AuditEntry;
import enlace.ontology.Ontology;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** An empty store with the municipalities, and the connectors over it. */
final class Fixture {

  static final Ontology ONTOLOGY = Ontology.load();
  static final Gazetteer GAZETTEER = Gazetteer.bundled();

  private Fixture() {}

  static DataExchange fresh() {
    TestGraph.clean();
    new GeographyLoader(TestGraph.graph()).ensure(GAZETTEER, Regions.defaults()).toCompletableFuture().join();
    return new DataExchange(TestGraph.graph(), ONTOLOGY, GAZETTEER, Clock.systemUTC());
  }

  static ImportOptions options(String source) {
    return new ImportOptions(source, "mx", false, false, Optional.empty(), entry(source), 2);
  }

  static ImportOptions skipping(String source) {
    return new ImportOptions(source, "mx", false, true, Optional.empty(), entry(source), 2);
  }

  static AuditEntry entry(String source) {
    return new AuditEntry("test", "test", null, "import", source, List.of());
  }

  static ImportSummary run(DataExchange exchange, Parsed parsed, ImportOptions options) {
    return exchange.importRecords(parsed, options, (done, total) -> { }).toCompletableFuture().join();
  }
}
