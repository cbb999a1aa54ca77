package enlace.connectors.imports;

import enlace.connectors.exports.DirectoryReader;
import enlace.connectors.exports.HsdsExport;
import enlace.connectors.exports.HsdsWriter;
import enlace.connectors.exports.JsonLdExport;
import enlace.connectors.exports.JsonLdWriter;
import enlace.connectors.gazetteer.Gazetteer;
import enlace.connectors.gazetteer.Places;
import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.municipality.Municipality;
import enlace.graph.provenance.Merges;
import enlace.graph.review.Review;
import enlace.ontology.Ontology;
import enlace.ontology.ValueMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/**
 * The connectors' face: read a file or a text in one of the {@link ImportFormat}s, import what was read,
 * export the directory as HSDS or schema.org JSON-LD, and list or undo the merges of duplicates.
 */
public final class DataExchange {

  private final Graph graph;
  private final Clock clock;
  private final Terms terms;
  private final Locator locator;
  private final Map<String, Municipality> municipalities;
  private final HsdsReader hsds;
  private final SheetReader sheet;
  private final VacancyReader vacancies;
  private final Importer importer;
  private final Merges merges;

  public DataExchange(Graph graph, Ontology ontology, Gazetteer gazetteer, Clock clock) {
    this(graph, clock, new Terms(ontology), new Locator(new Places(gazetteer)), municipalities(gazetteer));
  }

  private DataExchange(Graph graph, Clock clock, Terms terms, Locator locator, Map<String, Municipality> municipalities) {
    this.graph = graph;
    this.clock = clock;
    this.terms = terms;
    this.locator = locator;
    this.municipalities = municipalities;
    this.hsds = new HsdsReader(terms, locator);
    this.sheet = new SheetReader(terms, locator);
    this.vacancies = new VacancyReader(terms, locator);
    this.importer = new Importer(graph, clock, terms.words()::key);
    this.merges = new Merges(graph);
  }

  private static Map<String, Municipality> municipalities(Gazetteer gazetteer) {
    var out = new HashMap<String, Municipality>();
    gazetteer.municipalities().forEach(m -> out.put(m.code().value(), m));
    return Map.copyOf(out);
  }

  /** These readers with a region's mappings of written values to concepts, so they resolve those values too. */
  public DataExchange withMappings(Collection<ValueMapping> mappings) {
    return new DataExchange(graph, clock, terms.withMappings(mappings), locator, municipalities);
  }

  /** These readers with the mappings {@code region} has stored (see {@link Review}). */
  public CompletionStage<DataExchange> forRegion(String region) {
    return forRegion(region, List.of());
  }

  /** As {@link #forRegion(String)}, with {@code extra} mappings too: the choices made for one import. */
  public CompletionStage<DataExchange> forRegion(String region, Collection<ValueMapping> extra) {
    return new Review(graph).mappings(region).thenApply(stored -> withMappings(Stream.concat(stored.stream()
        .map(m -> new ValueMapping(Topics.scheme(m.topic()), m.value(), m.concept())), extra.stream()).toList()));
  }

  /** The resolver for places as people name them (municipalities, towns, states). */
  public Places places() {
    return locator.places();
  }

  /** The words of the ontology, as these readers resolve them. */
  public Terms terms() {
    return terms;
  }

  /** Reads and converts files only, without a store: for sending what was read to a running node. */
  public static DataExchange offline(Ontology ontology, Gazetteer gazetteer, Clock clock) {
    return new DataExchange(null, ontology, gazetteer, clock);
  }

  /** A vacancy as one object of the JSON vacancy feed this connector reads. */
  public com.fasterxml.jackson.databind.node.ObjectNode vacancyJson(VacancyRecord v) {
    var node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    node.put("id", v.id());
    node.put("employer", v.organization().name());
    node.put("employer_id", v.organization().id());
    node.put("title", v.title());
    node.put("description", v.description());
    node.put("occupation", v.occupation());
    node.put("sector", v.sector());
    node.put("inegi_code", v.municipality());
    node.put("positions", v.positions());
    node.put("wage", v.wage());
    var documents = node.putArray("accepted_documents");
    v.documents().forEach(documents::add);
    node.put("posted", v.postedAt().toString());
    node.put("expires", v.expiresAt() == null ? null : v.expiresAt().toString());
    return node;
  }

  /** Reads a file (for hsds also a folder of JSON files; for hsds-csv a folder or a zip). */
  public Parsed read(ImportFormat format, Path path) throws IOException {
    var name = path.getFileName().toString();
    return switch (format) {
      case HSDS -> hsds.read(path);
      case HSDS_CSV -> new HsdsTablesReader(hsds).read(path);
      case SHEET, VACANCIES -> read(format, name, Files.readAllBytes(path));
    };
  }

  /**
   * Reads a file as it was uploaded (the console, the API): its name's extension and its bytes say its form
   * and encoding.
   */
  public Parsed read(ImportFormat format, String fileName, byte[] content) {
    if ((format != ImportFormat.SHEET && format != ImportFormat.VACANCIES) || !Workbooks.isZip(content)) {
      return read(format, fileName, OfficeText.decode(content));
    }
    boolean services = format == ImportFormat.SHEET;
    var preferred = services ? List.of("servicios", "services") : List.of("vacantes", "vacancies");
    Workbooks.Table table;
    List<CsvRows.Row> rows;
    try {
      table = Workbooks.isOds(fileName, content) ? Workbooks.ods(content, preferred) : Workbooks.xlsx(content, preferred);
      rows = CsvRows.fromTable(table.rows(), services ? SheetReader.HEADERS : VacancyReader.HEADERS);
    } catch (IOException | RuntimeException e) {
      return new Parsed(List.of(), List.of(Problem.error(Problem.Kind.FORMAT, fileName, "", "", null,
          new Problem.Message("no se pudo leer el libro (xlsx u ods): " + e.getMessage(),
              "the workbook (xlsx or ods) could not be read: " + e.getMessage()))));
    }
    var where = fileName + " [" + table.sheet() + "]";
    return services ? sheet.read(where, rows) : vacancies.read(where, rows, clock.instant(), false);
  }

  /** Reads a text sent whole (the API): HSDS JSON, a spreadsheet CSV or a vacancy feed. */
  public Parsed read(ImportFormat format, String name, String content) {
    return switch (format) {
      case HSDS -> hsds.read(name, content);
      case HSDS_CSV -> new Parsed(List.of(), List.of(Problem.error(Problem.Kind.FORMAT, name, "", "format", null,
          new Problem.Message("la forma tabular de HSDS son varios archivos: envíela como JSON hsds, o importe la "
              + "carpeta o el zip desde la línea de órdenes", "the tabular HSDS form is many files: send it as hsds "
              + "JSON, or import the folder or zip on the command line"))));
      case SHEET -> sheet.read(name, content);
      case VACANCIES -> vacancies.read(name, content, clock.instant());
    };
  }

  public CompletionStage<ImportSummary> importRecords(Parsed parsed, ImportOptions options,
      Importer.Progress progress) {
    return importer.run(parsed, options, progress);
  }

  public HsdsWriter hsdsWriter() {
    return new HsdsWriter(terms, municipalities::get);
  }

  public DirectoryReader directory() {
    return new DirectoryReader(graph);
  }

  public HsdsExport hsdsExport() {
    return new HsdsExport(directory(), hsdsWriter());
  }

  public JsonLdExport jsonLdExport() {
    return new JsonLdExport(directory(), new JsonLdWriter(terms, municipalities::get));
  }

  public CompletionStage<List<Merges.Merge>> merges(int first) {
    return merges.list(first);
  }

  /**
   * Undoes one merge: the merged record becomes a service of its own in {@code region}. Empty when there is
   * no such merge.
   */
  public CompletionStage<Optional<Merges.Merge>> undoMerge(String key, String region, AuditEntry entry) {
    return merges.byKey(key).thenCompose(found -> {
      if (found.isEmpty() || found.get().payload() == null) {
        return CompletableFuture.completedFuture(Optional.<Merges.Merge>empty());
      }
      var merge = found.get();
      var record = Canonical.service(merge.payload());
      var item = Items.of(record, merge.source(), region, clock.instant());
      return merges.separate(key, item, clock.instant(), entry)
          .thenApply(done -> done ? Optional.of(merge) : Optional.<Merges.Merge>empty());
    });
  }
}
