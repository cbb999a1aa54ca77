package enlace.connectors.template;

import enlace.connectors.gazetteer.Gazetteer;
import enlace.ontology.Concept;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheet an office fills in, made from the live ontology and gazetteer: the sheet {@code servicios} with
 * Spanish headers, a note on each, drop-down lists for the values the node knows (categories, organisation kinds,
 * documents, languages, states; cells that take several values warn instead of refusing), two example rows to
 * delete; a sheet of municipalities to pick from; the lists themselves (hidden); and the instructions.
 */
public final class ServiceTemplate {

  /** A column of the sheet: its header, the note on it, and the list its values come from (or none). */
  record Column(String header, String note, String list, boolean several) {}

  static final List<Column> COLUMNS = List.of(
      new Column("id", "Opcional: su propio identificador estable del servicio.", null, false),
      new Column("organizacion", "Obligatorio: el nombre de la organización.", null, false),
      new Column("tipo_organizacion", "DAM, Albergue, COMAR, INM… Elija de la lista.", "tipos", false),
      new Column("servicio", "Obligatorio: el nombre del servicio.", null, false),
      new Column("descripcion", "Qué ofrece, para quién.", null, false),
      new Column("categorias", "Una o varias, separadas por ';'. La lista muestra las del vocabulario.",
          "categorias", true),
      new Column("documentos_aceptados", "Documentos que el servicio acepta, separados por ';'.", "documentos", true),
      new Column("idiomas", "Idiomas en que atiende, separados por ';' (es; ht; mam).", "idiomas", true),
      new Column("horario", "Por ejemplo: lun-vie 09:00-17:00; sáb 10:00-14:00, o 24 horas.", null, false),
      new Column("capacidad_total", "Número entero (camas, lugares).", null, false),
      new Column("capacidad_disponible", "Número entero; lo disponible hoy.", null, false),
      new Column("unidad_capacidad", "cama, lugar, cita…", null, false),
      new Column("clave_inegi", "Clave INEGI del municipio (hoja 'municipios'), o escriba municipio y estado.",
          null, false),
      new Column("municipio", "Nombre del municipio o de una localidad suya (Cd. Juárez).", null, false),
      new Column("estado", "Elija de la lista.", "estados", false),
      new Column("lugar", "Nombre del lugar (Oficina, Albergue).", null, false),
      new Column("direccion", "Calle y número.", null, false),
      new Column("codigo_postal", "Cinco dígitos.", null, false),
      new Column("latitud", "Grados decimales (opcional).", null, false),
      new Column("longitud", "Grados decimales (opcional).", null, false),
      new Column("telefono", "De la organización: +52 962 123 4567.", null, false),
      new Column("correo", "De la organización.", null, false),
      new Column("sitio_web", "De la organización.", null, false),
      new Column("costo", "Texto libre: gratuito.", null, false),
      new Column("verificado", "Fecha en que se revisó la fila (dd/mm/aaaa).", null, false));

  private final Ontology ontology;
  private final Gazetteer gazetteer;

  public ServiceTemplate(Ontology ontology, Gazetteer gazetteer) {
    this.ontology = ontology;
    this.gazetteer = gazetteer;
  }

  public void write(OutputStream out) throws IOException {
    try (var book = new XSSFWorkbook()) {
      var services = book.createSheet("servicios");
      var instructions = book.createSheet("instrucciones");
      var municipalities = book.createSheet("municipios");
      var lists = book.createSheet("listas");
      lists(book, lists);
      header(book, services);
      examples(services);
      validations(services);
      municipalities(municipalities);
      instructions(instructions);
      book.setSheetHidden(book.getSheetIndex(lists), true);
      book.setActiveSheet(0);
      book.write(out);
    }
  }

  private void lists(XSSFWorkbook book, Sheet sheet) {
    column(book, sheet, 0, "categorias", labels(Scheme.SERVICE_CATEGORIES));
    column(book, sheet, 1, "tipos", labels(Scheme.ORGANIZATION_KINDS));
    column(book, sheet, 2, "documentos", labels(Scheme.DOCUMENTS));
    column(book, sheet, 3, "idiomas", labels(Scheme.LANGUAGES));
    column(book, sheet, 4, "estados", gazetteer.stateList().stream().map(Gazetteer.State::name).sorted().toList());
  }

  private List<String> labels(Scheme scheme) {
    Function<Concept, String> label = c -> ontology.label(c.iri(), "es");
    return ontology.concepts(scheme).stream().map(label).distinct().sorted(Comparator.naturalOrder()).toList();
  }

  private static void column(XSSFWorkbook book, Sheet sheet, int index, String name, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      var row = sheet.getRow(i) != null ? sheet.getRow(i) : sheet.createRow(i);
      row.createCell(index).setCellValue(values.get(i));
    }
    var named = book.createName();
    named.setNameName(name);
    char letter = (char) ('A' + index);
    named.setRefersToFormula("listas!$" + letter + "$1:$" + letter + "$" + Math.max(1, values.size()));
  }

  private static void header(XSSFWorkbook book, Sheet sheet) {
    var style = book.createCellStyle();
    var font = book.createFont();
    font.setBold(true);
    style.setFont(font);
    style.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    var row = sheet.createRow(0);
    var drawing = sheet.createDrawingPatriarch();
    var factory = book.getCreationHelper();
    for (int c = 0; c < COLUMNS.size(); c++) {
      var cell = row.createCell(c);
      cell.setCellValue(COLUMNS.get(c).header());
      cell.setCellStyle(style);
      var anchor = factory.createClientAnchor();
      anchor.setCol1(c);
      anchor.setCol2(c + 3);
      anchor.setRow1(0);
      anchor.setRow2(4);
      var comment = drawing.createCellComment(anchor);
      comment.setString(factory.createRichTextString(COLUMNS.get(c).note()));
      comment.setAuthor("Enlace");
      cell.setCellComment(comment);
      sheet.setColumnWidth(c, 22 * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void examples(Sheet sheet) {
    String[][] rows = {
        {"", "DAM Ejemplo (borre esta fila)", "DAM", "Orientación a personas migrantes",
            "Información sobre trámites y canalización", "Atención y orientación a personas migrantes; Asesoría jurídica",
            "TVRH; CURP temporal", "es; ht", "lun-vie 09:00-17:00", "", "", "", "07089",
            "", "", "Oficina DAM", "Calle Ejemplo 1", "30700", "", "", "+52 962 000 0000", "dam@example.org", "",
            "gratuito", ""},
        {"", "Albergue Ejemplo (borre esta fila)", "Albergue", "Albergue para familias",
            "Camas para familias en tránsito", "Albergue familiar", "", "es", "lun-dom 00:00-24:00", "40", "12", "cama", "", "Tapachula",
            "Chiapas", "Albergue", "Calle Ejemplo 2", "30700", "", "", "", "", "", "gratuito", ""}};
    for (int r = 0; r < rows.length; r++) {
      var row = sheet.createRow(r + 1);
      for (int c = 0; c < rows[r].length; c++) {
        row.createCell(c).setCellValue(rows[r][c]);
      }
    }
  }

  private static void validations(Sheet sheet) {
    var helper = sheet.getDataValidationHelper();
    for (int c = 0; c < COLUMNS.size(); c++) {
      var column = COLUMNS.get(c);
      if (column.list() == null) {
        continue;
      }
      var constraint = helper.createFormulaListConstraint(column.list());
      var validation = helper.createValidation(constraint, new CellRangeAddressList(1, 5_000, c, c));
      validation.setShowErrorBox(true);
      // A cell that takes several values separated by ';' may hold what no single item of the list is.
      validation.setErrorStyle(column.several() ? DataValidation.ErrorStyle.INFO : DataValidation.ErrorStyle.WARNING);
      validation.createErrorBox("Valor fuera de la lista", column.several()
          ? "Puede escribir varios separados por ';'. Enlace los reconoce como los escriba su oficina."
          : "Ese valor no está en la lista; Enlace buscará el más parecido y se lo dirá.");
      validation.setShowPromptBox(true);
      validation.createPromptBox(column.header(), column.note());
      sheet.addValidationData(validation);
    }
  }

  private void municipalities(Sheet sheet) {
    var header = sheet.createRow(0);
    header.createCell(0).setCellValue("clave_inegi");
    header.createCell(1).setCellValue("municipio");
    header.createCell(2).setCellValue("estado");
    var list = gazetteer.municipalities().stream()
        .sorted(Comparator.comparing(m -> m.code().value())).toList();
    for (int i = 0; i < list.size(); i++) {
      var row = sheet.createRow(i + 1);
      row.createCell(0).setCellValue(list.get(i).code().value());
      row.createCell(1).setCellValue(list.get(i).name());
      row.createCell(2).setCellValue(list.get(i).stateName());
    }
    sheet.setAutoFilter(new CellRangeAddress(0, list.size(), 0, 2));
    sheet.createFreezePane(0, 1);
    sheet.setColumnWidth(1, 36 * 256);
    sheet.setColumnWidth(2, 28 * 256);
  }

  private static void instructions(Sheet sheet) {
    String[] lines = {
        "Cómo llenar la hoja 'servicios' de Enlace",
        "1. Una fila por servicio en un lugar. Borre las dos filas de ejemplo.",
        "2. Obligatorio: organizacion, servicio y el lugar (clave_inegi, o municipio y estado, o latitud y longitud).",
        "3. Las columnas con lista (tipo, categorias, documentos, idiomas, estado) muestran los valores que Enlace"
            + " conoce; puede escribirlos como los dice su oficina: Enlace encuentra el más parecido y le avisa.",
        "4. Varios valores en una celda se separan con ';' (Albergue familiar; Asesoría jurídica).",
        "5. La hoja 'municipios' tiene las claves INEGI: filtre por estado y copie la clave.",
        "6. Suba el archivo en la consola (Mi organización → Subir archivo) o con 'enlace import --format sheet'.",
        "   Antes de guardar nada, Enlace le muestra qué creará, actualizará o dejará igual, y cada aviso."};
    for (int i = 0; i < lines.length; i++) {
      sheet.createRow(i).createCell(0).setCellValue(lines[i]);
    }
    sheet.setColumnWidth(0, 120 * 256);
  }
}
