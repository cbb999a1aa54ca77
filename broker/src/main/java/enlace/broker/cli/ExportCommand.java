package enlace.broker.cli;

import enlace.connectors.gazetteer.Gazetteer;
import enlace.connectors.imports.DataExchange;
import enlace.graph.Graph;
import enlace.graph.GraphSettings;
import enlace.ontology.Ontology;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
        "Export the directory of a STOPPED node: hsds (services.json, an HSDS 3.1 page of every service),",
        "hsds-csv (the HSDS tabular files with datapackage.json) or jsonld (directory.jsonld, schema.org).",
        "Confidential places are exported only as the centre of their ~2 km square, without name or address."})
final class ExportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--data-dir", required = true, description = "Data directory of a stopped node with embedded Neo4j.")
  Path dataDir;

  @Option(names = "--format", required = true, description = "hsds, hsds-csv or jsonld.")
  String format;

  @Option(names = "--out", required = true, description = "The folder to write into (created if missing).")
  Path outDir;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    try (var graph = Graph.open(GraphSettings.embedded(dataDir).withPageCacheBytes(128L << 20))) {
      var exchange = new DataExchange(graph, Ontology.load(), Gazetteer.bundled(), Clock.systemUTC());
      int count = switch (format.toLowerCase(Locale.ROOT)) {
        case "hsds" -> exchange.hsdsExport().json(outDir);
        case "hsds-csv" -> exchange.hsdsExport().tables(outDir);
        case "jsonld" -> exchange.jsonLdExport().write(outDir);
        default -> throw new IllegalArgumentException("unknown export format '" + format
            + "': use hsds, hsds-csv or jsonld");
      };
      var what = format.equalsIgnoreCase("jsonld") ? " records" : " services";
      out.println("exported " + count + what + " to " + outDir);
      return 0;
    }
  }
}
