package enlace.connectors.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import enlace.graph.municipality.Municipality;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * A vacancy feed as employment offices publish it: CSV (Spanish or English headers) or a JSON array of
 * objects with the English names: id, employer, employer_id, title, description, occupation, sector,
 * inegi_code (or municipality and state), positions, wage, accepted_documents, posted, expires.
 */
public final class VacancyReader {

  private static final String EMPLOYER = "https://w3id.org/enlace/ns#kind-employer";

  private final Terms terms;
  private final Places places;
  private final ObjectMapper json = new ObjectMapper();

  public VacancyReader(Terms terms, Places places) {
    this.terms = terms;
    this.places = places;
  }

  public Parsed read(String file, String content, java.time.Instant now) {
    List<CsvRows.Row> rows;
    boolean isJson = content.stripLeading().startsWith("[") || content.stripLeading().startsWith("{");
    try {
      rows = isJson ? jsonRows(content) : CsvRows.read(content);
    } catch (IllegalArgumentException | IOException e) {
      return new Parsed(List.of(), List.of(new Problem(file, "", "", e.getMessage())));
    }
    var records = new ArrayList<ImportRecord>();
    var problems = new ArrayList<Problem>();
    for (var row : rows) {
      var f = new Fields(file, isJson ? "/" + (row.line() - 2) : "line " + row.line());
      var record = vacancy(row, f, now);
      if (f.ok()) {
        records.add(record);
      } else {
        problems.addAll(f.problems());
      }
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
      f.problem("positions", "needs at least one position, got " + positions);
    }
    var code = row.get("clave_inegi", "inegi_code", "municipality_code");
    Optional<Municipality> municipality = code != null ? places.byCode(code)
        : places.byName(row.get("municipio", "municipality"), row.get("estado", "state"));
    if (municipality.isEmpty()) {
      f.problem(code != null ? "inegi_code" : "municipality", "no such municipality: give inegi_code or "
          + "municipality and state");
    }
    var documents = new ArrayList<String>();
    for (var term : Items.split(row.get("documentos_aceptados", "accepted_documents"))) {
      terms.document(term).ifPresentOrElse(documents::add,
          () -> f.problem("accepted_documents", "unknown document '" + term + "'"));
    }
    var posted = f.instant("posted", f.required("posted", row.get("publicada", "posted")));
    var expires = f.instant("expires", row.get("vence", "expires"));
    if (posted != null && expires != null && expires.isBefore(posted)) {
      f.problem("expires", "a vacancy cannot expire before it is posted");
    }
    var employerId = Optional.ofNullable(row.get("id_empleador", "employer_id"))
        .orElse(employer == null ? "unknown" : SheetReader.derivedId("org", employer));
    var id = Optional.ofNullable(row.get("id")).orElse(SheetReader.derivedId("vac", employer + "|" + title + "|"
        + code + "|" + row.get("publicada", "posted")));
    var org = new ImportRecord.Org(employerId, employer, EMPLOYER, null, null, null, null);
    return new VacancyRecord(f.origin(), id, org, id, title, row.get("descripcion", "description"),
        row.get("ocupacion", "occupation"), row.get("sector"),
        positions == null ? 1 : positions, row.get("salario", "wage"), documents,
        municipality.map(m -> m.code().value()).orElse(null), posted == null ? now : posted, expires);
  }
}
