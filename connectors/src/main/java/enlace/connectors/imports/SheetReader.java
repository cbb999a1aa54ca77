package enlace.connectors.imports;

import enlace.connectors.schedule.Weekdays;
import enlace.graph.municipality.Municipality;
import enlace.graph.provenance.Duplicates;
import enlace.graph.service.OpeningHours;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The spreadsheet municipal offices fill in (see connectors/templates/plantilla-servicios.csv): one row per
 * service at a place, Spanish column names or their English alternatives, lists separated by ";" and
 * hours written "lun-vie 09:00-17:00; sáb 10:00-14:00".
 */
public final class SheetReader {

  private static final String DEFAULT_KIND = "https://w3id.org/enlace/ns#kind-public-institution";

  private final Terms terms;
  private final Places places;

  public SheetReader(Terms terms, Places places) {
    this.terms = terms;
    this.places = places;
  }

  public Parsed read(String file, String content) {
    var records = new ArrayList<ImportRecord>();
    var problems = new ArrayList<Problem>();
    List<CsvRows.Row> rows;
    try {
      rows = CsvRows.read(content);
    } catch (IllegalArgumentException e) {
      return new Parsed(List.of(), List.of(new Problem(file, "line 1", "", e.getMessage())));
    }
    for (var row : rows) {
      if (row.cells().values().stream().allMatch(v -> v == null || v.isBlank())) {
        continue;
      }
      var f = new Fields(file, "line " + row.line());
      var record = row(row, f);
      if (f.ok()) {
        records.add(record);
      } else {
        problems.addAll(f.problems());
      }
    }
    return new Parsed(records, problems);
  }

  private ServiceRecord row(CsvRows.Row row, Fields f) {
    var orgName = f.required("organizacion", row.get("organizacion", "organization"));
    var name = f.required("servicio", row.get("servicio", "service"));
    var kindText = row.get("tipo_organizacion", "organization_kind");
    var kind = kindText == null ? Optional.of(DEFAULT_KIND) : terms.organizationKind(kindText);
    if (kind.isEmpty()) {
      f.problem("tipo_organizacion", "unknown organisation kind '" + kindText + "'");
    }
    var categories = new LinkedHashSet<String>();
    for (var term : Items.split(f.required("categorias", row.get("categorias", "categories")))) {
      terms.category(term).ifPresentOrElse(categories::add,
          () -> f.problem("categorias", "unknown category '" + term
              + "': use a label such as Albergue or a code such as 01.02"));
    }
    var documents = new ArrayList<String>();
    for (var term : Items.split(row.get("documentos_aceptados", "accepted_documents"))) {
      terms.document(term).ifPresentOrElse(documents::add,
          () -> f.problem("documentos_aceptados", "unknown document '" + term
              + "': use e.g. TVRH, CURP temporal, pasaporte"));
    }
    var languages = new ArrayList<String>();
    for (var term : Items.split(row.get("idiomas", "languages"))) {
      terms.language(term).ifPresentOrElse(languages::add,
          () -> f.problem("idiomas", "unknown language '" + term + "': use a code such as es, ht, mam or a name"));
    }
    var hours = hours(row.get("horario", "hours"), f);
    var place = place(row, f);
    var capacity = capacity(row, f);
    var orgId = Optional.ofNullable(row.get("id_organizacion", "organization_id")).orElse(derivedId("org", orgName));
    var id = Optional.ofNullable(row.get("id", "id_servicio", "service_id"))
        .orElse(derivedId("svc", orgName + "|" + name + "|" + (place == null ? "" : place.id())));
    var org = new ImportRecord.Org(orgId, orgName, kind.orElse(DEFAULT_KIND), null, row.get("sitio_web", "website"),
        row.get("correo", "email"), row.get("telefono", "phone"));
    return new ServiceRecord(f.origin(), id, org, id, name, row.get("descripcion", "description"), "active",
        List.copyOf(categories), List.of(), documents, languages.isEmpty() ? List.of("es") : languages, hours, capacity,
        row.get("costo", "cost"), f.instant("verificado", row.get("verificado", "verified_on")),
        place == null ? List.of() : List.of(place));
  }

  /** "lun-vie 09:00-17:00; sáb 10:00-14:00" or "lun,mié 09:00-13:00". */
  static List<OpeningHours> hours(String text, Fields f) {
    var out = new ArrayList<OpeningHours>();
    if (text == null) {
      return out;
    }
    for (var part : text.split(";")) {
      var words = part.strip().split("\\s+");
      if (words.length != 2 || !words[1].matches("\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}")) {
        f.problem("horario", "write hours as 'lun-vie 09:00-17:00', groups separated by ';', got '"
            + part.strip() + "'");
        continue;
      }
      var times = words[1].split("-");
      try {
        for (var days : words[0].split(",")) {
          out.addAll(Weekdays.hours(days, times[0], times[1]));
        }
      } catch (IllegalArgumentException e) {
        f.problem("horario", e.getMessage());
      }
    }
    return out;
  }

  private ImportRecord.Place place(CsvRows.Row row, Fields f) {
    var code = row.get("clave_inegi", "inegi_code", "municipality_code");
    var name = row.get("municipio", "municipality");
    var state = row.get("estado", "state");
    Optional<Municipality> municipality = code != null ? places.byCode(code) : places.byName(name, state);
    if (municipality.isEmpty()) {
      f.problem(code != null ? "clave_inegi" : "municipio", code != null
          ? "no municipality has the INEGI code '" + code + "'"
          : "give the municipality's INEGI code (clave_inegi) or its name and state (municipio, estado); not found: "
              + name + ", " + state);
      return null;
    }
    var lat = f.decimal("latitud", row.get("latitud", "latitude"));
    var lon = f.decimal("longitud", row.get("longitud", "longitude"));
    var m = municipality.get();
    if ((lat == null || lon == null) && m.point().isEmpty()) {
      f.problem("latitud", "this municipality has no known point: give latitud and longitud");
      return null;
    }
    double latitude = lat != null && lon != null ? lat : m.point().get().latitude();
    double longitude = lat != null && lon != null ? lon : m.point().get().longitude();
    var postal = row.get("codigo_postal", "postal_code");
    if (postal != null && !postal.matches("\\d{5}")) {
      f.problem("codigo_postal", "a Mexican postal code has five digits, got '" + postal + "'");
    }
    var address = row.get("direccion", "address");
    var id = Optional.ofNullable(row.get("id_lugar", "place_id"))
        .orElse(derivedId("loc", m.code().value() + "|" + address + "|" + latitude + "|" + longitude));
    f.placeAt(id, "id_lugar");
    return new ImportRecord.Place(id, row.get("lugar", "place"), address, postal, m.code().value(), latitude,
        longitude);
  }

  private static ImportRecord.Capacity capacity(CsvRows.Row row, Fields f) {
    var total = f.integer("capacidad_total", row.get("capacidad_total", "capacity_total"));
    var available = f.integer("capacidad_disponible", row.get("capacidad_disponible", "capacity_available"));
    if (total == null && available == null) {
      return null;
    }
    if (total == null || available == null || available < 0 || available > total) {
      f.problem("capacidad_disponible", "give capacidad_total and capacidad_disponible with 0 <= disponible <= total");
      return null;
    }
    return new ImportRecord.Capacity(total, available, row.get("unidad_capacidad", "capacity_unit"), null);
  }

  /** A stable id from what names a record, for rows that bring none. */
  static String derivedId(String prefix, String key) {
    var slug = Duplicates.normalise(key.split("\\|")[0]).replace(" ", "-").replaceAll("[^a-z0-9-]", "");
    slug = slug.length() > 40 ? slug.substring(0, 40) : slug;
    var hash = Canonical.hash(Duplicates.normalise(key)).substring(0, 10);
    return prefix + "-" + (slug.isEmpty() ? "" : slug + "-") + hash;
  }
}
