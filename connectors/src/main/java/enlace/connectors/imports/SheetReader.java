package enlace.connectors.imports;

import enlace.connectors.imports.Problem.Kind;
import enlace.connectors.imports.Problem.Message;
import enlace.graph.provenance.Duplicates;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * The spreadsheet municipal offices fill in (see connectors/templates/plantilla-servicios.csv): one row per
 * service at a place, Spanish column names or their English alternatives, lists separated by ";". Values are
 * read the way offices write them (categories, kinds and documents through the ontology's resolver, places
 * through the gazetteer, hours, phones and dates in their usual spellings); what is still unusable is a
 * warning kept with the row, and only a row that cannot be stored meaningfully (no organisation, no service
 * name, no place) is refused.
 */
public final class SheetReader {

  static final String DEFAULT_KIND = "https://w3id.org/enlace/ns#kind-public-institution";
  private static final Locator.Columns COLUMNS = new Locator.Columns("clave_inegi", "municipio", "estado", "latitud");

  private final Terms terms;
  private final Locator locator;

  public SheetReader(Terms terms, Locator locator) {
    this.terms = terms;
    this.locator = locator;
  }

  /** The header names that tell the sheet's header row from title rows above it. */
  static final Set<String> HEADERS = Set.of("organizacion", "organization", "servicio", "service", "municipio",
      "municipality", "categorias", "categories", "clave_inegi", "inegi_code");

  public Parsed read(String file, String content) {
    List<CsvRows.Row> rows;
    try {
      rows = CsvRows.read(content);
    } catch (IllegalArgumentException e) {
      return new Parsed(List.of(), List.of(Problem.error(Kind.FORMAT, file, "line 1", "", null,
          new Message("no es un archivo CSV con una fila de encabezados: " + e.getMessage(), e.getMessage()))));
    }
    return read(file, rows);
  }

  /** Reads the rows of a table whose header row is known (a workbook's sheet, a CSV). */
  Parsed read(String file, List<CsvRows.Row> rows) {
    var records = new ArrayList<ImportRecord>();
    var problems = new ArrayList<Problem>();
    for (var row : rows) {
      if (row.cells().values().stream().allMatch(v -> v == null || v.isBlank())) {
        continue;
      }
      var f = new Fields(file, "line " + row.line());
      var record = row(row, f);
      if (f.ok()) {
        records.add(record);
      }
      problems.addAll(f.problems());
    }
    return new Parsed(records, problems);
  }

  private ServiceRecord row(CsvRows.Row row, Fields f) {
    var orgName = f.required("organizacion", row.get("organizacion", "organization"));
    var name = f.required("servicio", row.get("servicio", "service"));
    var kindText = row.get("tipo_organizacion", "organization_kind");
    var kind = kindText == null ? Optional.of(DEFAULT_KIND) : f.concept(Kind.ORGANIZATION_KIND, "tipo_organizacion",
        terms.kindMatch(kindText), new Message("la organización queda como institución pública",
            "the organisation is kept as a public institution"));
    var categories = new LinkedHashSet<String>();
    var unmapped = new ArrayList<ImportRecord.LocalTerm>();
    for (var term : Items.split(row.get("categorias", "categories"))) {
      f.concept(Kind.CATEGORY, "categorias", terms.categoryMatch(term), new Message(
          "el servicio se guarda sin esa categoría, se encuentra por texto y queda para revisión",
          "the service is stored without that category, found by text, and listed for review"))
          .ifPresentOrElse(categories::add, () -> unmapped.add(new ImportRecord.LocalTerm(null, null, term)));
    }
    if (categories.isEmpty() && unmapped.isEmpty()) {
      f.warning(Kind.CATEGORY, "categorias", null, "sin categoría: el servicio se guarda sin categoría y se encuentra "
          + "por texto", "no category: the service is stored uncategorised and found by text");
    }
    var documents = new ArrayList<String>();
    for (var term : Items.split(row.get("documentos_aceptados", "accepted_documents"))) {
      f.concept(Kind.DOCUMENT, "documentos_aceptados", terms.documentMatch(term), new Message(
          "se guarda como texto", "kept as text")).ifPresentOrElse(documents::add,
          () -> unmapped.add(ImportRecord.LocalTerm.requiredDocument(term)));
    }
    var languages = new ArrayList<String>();
    for (var term : Items.split(row.get("idiomas", "languages"))) {
      terms.language(term).ifPresentOrElse(languages::add, () -> f.warning(Kind.LANGUAGE, "idiomas", term,
          "idioma desconocido '" + term + "' (use un código como es, ht, mam o un nombre); se omite",
          "unknown language '" + term + "' (use a code such as es, ht, mam or a name); left out"));
    }
    var hours = f.hours("horario", row.get("horario", "hours"));
    var capacity = capacity(row, f);
    // A row without an organisation is an error of that row (already recorded), not a failure of the file.
    var orgId = Optional.ofNullable(row.get("id_organizacion", "organization_id"))
        .orElseGet(() -> orgName == null ? "unknown" : derivedId("org", orgName));
    var place = place(row, f, orgId);
    var id = Optional.ofNullable(row.get("id", "id_servicio", "service_id"))
        .orElse(derivedId("svc", orgName + "|" + name + "|" + (place == null ? "" : place.id())));
    var org = new ImportRecord.Org(orgId, orgName, kind.orElse(DEFAULT_KIND), null,
        f.website("sitio_web", row.get("sitio_web", "website")), f.email("correo", row.get("correo", "email")),
        f.phone("telefono", row.get("telefono", "phone")));
    return new ServiceRecord(f.origin(), id, org, id, name, row.get("descripcion", "description"), "active",
        List.copyOf(categories), unmapped, documents, languages.isEmpty() ? List.of("es") : languages, hours, capacity,
        row.get("costo", "cost"), f.instant("verificado", row.get("verificado", "verified_on")),
        place == null ? List.of() : List.of(place));
  }

  private ImportRecord.Place place(CsvRows.Row row, Fields f, String organization) {
    var located = locator.locate(f, COLUMNS, row.get("clave_inegi", "inegi_code", "municipality_code"),
        row.get("municipio", "municipality", "localidad", "locality", "ciudad", "city"), row.get("estado", "state"),
        row.get("latitud", "latitude"), row.get("longitud", "longitude"));
    if (located.isEmpty()) {
      return null;
    }
    var l = located.get();
    var postal = f.postalCode("codigo_postal", row.get("codigo_postal", "postal_code", "cp"));
    var address = row.get("direccion", "address");
    // A row with an address or coordinates names a place others may share; one with neither is only "somewhere in
    // the municipality", and each organization's such place is its own, not every office's at the seat.
    boolean somewhere = address == null && row.get("latitud", "latitude") == null;
    var id = Optional.ofNullable(row.get("id_lugar", "place_id"))
        .orElse(derivedId("loc", l.municipality().code().value() + "|" + address + "|" + l.latitude() + "|"
            + l.longitude() + (somewhere ? "|" + organization : "")));
    f.placeAt(id, "id_lugar");
    return new ImportRecord.Place(id, row.get("lugar", "place"), address, postal, l.municipality().code().value(),
        l.latitude(), l.longitude());
  }

  private static ImportRecord.Capacity capacity(CsvRows.Row row, Fields f) {
    var total = f.integer("capacidad_total", row.get("capacidad_total", "capacity_total"));
    var available = f.integer("capacidad_disponible", row.get("capacidad_disponible", "capacity_available"));
    return Items.capacity(total, available, row.get("unidad_capacidad", "capacity_unit"), null, f,
        "capacidad_disponible");
  }

  /** A stable id from what names a record, for rows that bring none. */
  static String derivedId(String prefix, String key) {
    var slug = Duplicates.normalise(key.split("\\|")[0]).replace(" ", "-").replaceAll("[^a-z0-9-]", "");
    slug = slug.length() > 40 ? slug.substring(0, 40) : slug;
    var hash = Canonical.hash(Duplicates.normalise(key)).substring(0, 10);
    return prefix + "-" + (slug.isEmpty() ? "" : slug + "-") + hash;
  }
}
