package enlace.connectors.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A vacancy feed as employment offices publish it: CSV (Spanish or English headers) or a JSON array of
 * objects with the English names: id, employer, employer_id, title, description, occupation, sector,
 * inegi_code (or municipality and state), positions, wage, accepted_documents, posted, expires.
 */
public final class VacancyReader {

  private static final String EMPLOYER = "https://w3id.org/enlace/ns#kind-employer";

  private static final Locator.Columns COLUMNS = new Locator.Columns("inegi_code", "municipality", "state", "latitude");

  private final Terms terms;
  private final Locator locator;
  private final ObjectMapper json = new ObjectMapper();

  VacancyReader(Terms terms, Locator locator) {
    this.terms = terms;
    this.locator = locator;
  }

  public Parsed read(String file, String content, Instant now) {
    List<CsvRows.Row> rows;
    boolean isJson = content.stripLeading().startsWith("[") || content.stripLeading().startsWith("{");
    try {
      rows = isJson ? jsonRows(content) : CsvRows.read(content);
    } catch (IllegalArgumentException | IOException e) {
      return new Parsed(List.of(), List.of(Problem.error(Problem.Kind.FORMAT, file, "", "", null,
          new Problem.Message("no se pudo leer el archivo: " + e.getMessage(), e.getMessage()))));
    }
    return read(file, rows, now, isJson);
  }

  /** The header names that tell a vacancy sheet's header row from title rows above it. */
  static final Set<String> HEADERS = Set.of("empleador", "employer", "puesto", "title", "plazas",
      "positions", "municipio", "municipality");

  /** Reads the rows of a table whose header row is known (a workbook's sheet, a CSV). */
  Parsed read(String file, List<CsvRows.Row> rows, Instant now, boolean isJson) {
    var records = new ArrayList<ImportRecord>();
    var problems = new ArrayList<Problem>();
    for (var row : rows) {
      var f = new Fields(file, isJson ? "/" + (row.line() - 2) : "line " + row.line());
      var record = vacancy(row, f, now);
      if (f.ok()) {
        records.add(record);
      }
      problems.addAll(f.problems());
    }
    return new Parsed(records, problems);
  }

  private List<CsvRows.Row> jsonRows(String content) throws IOException {
    var root = json.readTree(content);
    var list = root.isArray() ? root : root.path("vacancies");
    if (!list.isArray()) {
      throw new IllegalArgumentException("a JSON vacancy feed is an array of vacancies (or {\"vacancies\": [...]})");
    }
    var rows = new ArrayList<CsvRows.Row>();
    for (int i = 0; i < list.size(); i++) {
      var cells = new HashMap<String, String>();
      var fields = list.get(i).properties();
      for (var field : fields) {
        cells.put(CsvRows.column(field.getKey()), cell(field.getValue()));
      }
      rows.add(new CsvRows.Row(i + 2, cells));
    }
    return rows;
  }

  private static String cell(JsonNode value) {
    if (value.isArray()) {
      var parts = new ArrayList<String>();
      value.forEach(v -> parts.add(v.asText()));
      return String.join(";", parts);
    }
    return value.isNull() ? null : value.asText();
  }

  private VacancyRecord vacancy(CsvRows.Row row, Fields f, Instant now) {
    var employer = f.required("employer", row.get("empleador", "employer"));
    var title = f.required("title", row.get("puesto", "title"));
    var positions = f.integer("positions", row.get("plazas", "positions"));
    if (positions != null && positions < 1) {
      f.warning(Problem.Kind.NUMBER, "positions", positions.toString(), "una vacante tiene al menos una plaza, no "
          + positions + "; se toma una", "a vacancy has at least one position, got " + positions + "; one is taken");
      positions = 1;
    }
    var code = row.get("clave_inegi", "inegi_code", "municipality_code");
    var located = locator.locate(f, COLUMNS, code, row.get("municipio", "municipality", "localidad", "locality",
        "ciudad", "city"), row.get("estado", "state"), row.get("latitud", "latitude"), row.get("longitud", "longitude"));
    var documents = new ArrayList<String>();
    for (var term : Items.split(row.get("documentos_aceptados", "accepted_documents"))) {
      f.concept(Problem.Kind.DOCUMENT, "accepted_documents", terms.documentMatch(term), new Problem.Message(
          "la vacante se guarda sin ese documento, para revisión", "the vacancy is stored without that document, "
              + "for review")).ifPresent(documents::add);
    }
    var posted = f.instant("posted", f.required("posted", row.get("publicada", "posted")));
    var expires = f.instant("expires", row.get("vence", "expires"));
    if (posted != null && expires != null && expires.isBefore(posted)) {
      f.warning(Problem.Kind.DATE, "expires", row.get("vence", "expires"), "la vacante vence antes de publicarse; "
          + "se deja sin vencimiento", "the vacancy expires before it is posted; left without an expiry");
      expires = null;
    }
    var employerId = Optional.ofNullable(row.get("id_empleador", "employer_id"))
        .orElse(employer == null ? "unknown" : SheetReader.derivedId("org", employer));
    var id = Optional.ofNullable(row.get("id")).orElse(SheetReader.derivedId("vac", employer + "|" + title + "|"
        + code + "|" + row.get("publicada", "posted")));
    var org = new ImportRecord.Org(employerId, employer, EMPLOYER, null, null, null, null);
    return new VacancyRecord(f.origin(), id, org, id, title, row.get("descripcion", "description"),
        row.get("ocupacion", "occupation"), row.get("sector"),
        positions == null ? 1 : positions, row.get("salario", "wage"), documents,
        located.map(l -> l.municipality().code().value()).orElse(null), posted == null ? now : posted, expires);
  }
}
