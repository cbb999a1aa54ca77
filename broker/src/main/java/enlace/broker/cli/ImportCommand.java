package enlace.broker.cli;

import enlace.connectors.gazetteer.Gazetteer;
import enlace.connectors.gazetteer.GeographyLoader;
import enlace.connectors.gazetteer.Regions;
import enlace.connectors.imports.DataExchange;
import enlace.connectors.imports.ImportFormat;
import enlace.connectors.imports.ImportOptions;
import enlace.connectors.imports.ImportSummary;
import enlace.connectors.imports.Parsed;
import enlace.connectors.imports.RejectFile;
import enlace.graph.Graph;
import enlace.graph.GraphSettings;
import enlace.graph.audit.AuditEntry;
import enlace.ontology.Ontology;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
        "Import services or vacancies into a node: --data-dir writes into the store of a STOPPED node;",
        "--node URL --token TOKEN sends the batches to a running node (importBatch).",
        "Formats: hsds (a JSON file: one service, an array or a page; or a folder of them),",
        "hsds-csv (the tabular files, a folder or a zip), sheet (the municipal offices' spreadsheet CSV),",
        "vacancies (a vacancy feed, CSV or JSON). Values are read as people write them; what stays unusable",
        "is a WARNING kept with the stored record. A record that cannot be stored (no name, no place) is an",
        "ERROR: a file with one imports nothing unless --skip-invalid. Errors and warnings go to the reject",
        "file. Importing the same file again changes nothing."})
final class ImportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--data-dir", description = "Data directory of a stopped node with embedded Neo4j.")
    Path dataDir;

    @ArgGroup(exclusive = false)
    Remote remote;
  }

  static final class Remote {
    @Option(names = "--node", required = true, description = "Base URL of a running node, e.g. http://localhost:8080.")
    URI node;

    @Option(names = "--token", required = true, description = "Access token: directory:write for your own "
        + "organization's records, or coordinator.")
    String token;
  }

  @Option(names = "--format", required = true, description = "hsds, hsds-csv, sheet or vacancies.")
  String format;

  @Option(names = "--source", description = "Name of the source, kept as provenance (default: the file name).")
  String source;

  @Option(names = "--region", defaultValue = "mx", description = "Home region of new records with --data-dir "
      + "(default: ${DEFAULT-VALUE}); a node uses its own.")
  String region;

  @Option(names = "--dry-run", description = "Check and count; write nothing.")
  boolean dryRun;

  @Option(names = "--skip-invalid", description = "Import the valid records; write the others to the reject file.")
  boolean skipInvalid;

  @Option(names = "--rejects", description = "Where to write the problems (default: PATH.rejects.csv).")
  Path rejects;

  @Option(names = "--lang", defaultValue = "es", description = "Language of the summary and problems: es or en "
      + "(default: ${DEFAULT-VALUE}); the reject file has both.")
  String lang;

  @Option(names = "--batch-size", defaultValue = "1000",
      description = "Records per transaction (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Parameters(index = "0", paramLabel = "PATH", description = "The file, folder or zip to import.")
  Path path;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var kind = ImportFormat.parse(format);
    var name = source != null ? source : path.getFileName().toString().replaceAll("[^A-Za-z0-9._:-]", "-");
    var ontology = Ontology.load();
    var gazetteer = Gazetteer.bundled();
    ImportSummary summary;
    if (target.dataDir != null) {
      summary = local(kind, name, ontology, gazetteer, out);
    } else {
      var exchange = DataExchange.offline(ontology, gazetteer, Clock.systemUTC());
      var parsed = exchange.read(kind, path);
      try (var progress = new ImportProgressView(out)) {
        summary = new RemoteImport(target.remote.node, target.remote.token, exchange, out)
            .send(kind, name, parsed, dryRun, skipInvalid, progress);
      }
    }
    return report(summary, out);
  }

  private ImportSummary local(ImportFormat kind, String name, Ontology ontology, Gazetteer gazetteer, PrintWriter out)
      throws Exception {
    var home = Regions.byId(region).orElseThrow(() -> new IllegalArgumentException(
        "unknown region '" + region + "': use mx, south, centre or north"));
    var regions = new ArrayList<>(Regions.defaults());
    if (!regions.contains(home)) {
      regions.add(home);
    }
    try (var graph = Graph.open(GraphSettings.embedded(target.dataDir).withPageCacheBytes(256L << 20))) {
      new GeographyLoader(graph).ensure(gazetteer, regions).toCompletableFuture().join();
      var exchange = new DataExchange(graph, ontology, gazetteer, Clock.systemUTC()).forRegion(home.id())
          .toCompletableFuture().join();
      Parsed parsed = exchange.read(kind, path);
      var options = new ImportOptions(name, home.id(), dryRun, skipInvalid, Optional.empty(),
          new AuditEntry(System.getProperty("user.name", "cli"), "enlace-cli", null, "import", name, List.of()),
          batchSize);
      try (var progress = new ImportProgressView(out)) {
        return exchange.importRecords(parsed, options, progress).toCompletableFuture().join();
      }
    }
  }

  private int report(ImportSummary summary, PrintWriter out) throws Exception {
    out.println(summary.line(lang));
    if (!summary.problems().isEmpty()) {
      var file = rejects != null ? rejects : Path.of(path.toString().replaceAll("[/\\\\]+$", "") + ".rejects.csv");
      RejectFile.write(file, summary.problems());
      var shown = summary.problems().stream().sorted(java.util.Comparator.comparing(p -> !p.isError())).limit(20)
          .toList();
      shown.forEach(p -> out.println("  " + p.describe(lang)));
      if (summary.problems().size() > shown.size()) {
        out.println("  ... " + (summary.problems().size() - shown.size()) + (english() ? " more" : " más"));
      }
      out.println((english() ? "errors and warnings written to " : "errores y avisos escritos en ") + file);
      if (summary.refused() > 0 && !skipInvalid && !summary.dryRun() && !summary.written()) {
        out.println(english() ? "nothing was imported: fix the errors, or import the other records with --skip-invalid"
            : "no se importó nada: corrija los errores, o importe los demás registros con --skip-invalid");
      }
    }
    out.flush();
    return summary.errors().isEmpty() || skipInvalid ? 0 : 1;
  }

  private boolean english() {
    return "en".equals(lang);
  }
}
