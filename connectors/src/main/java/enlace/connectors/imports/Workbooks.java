package enlace.connectors.imports;

import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Workbooks as offices save them: .xlsx (Apache POI) and .ods (SODS), read into a table of texts: the sheet named
 * as one of {@code preferred} or else the first, dates as ISO dates, numbers as written (7089, 9621234567: no
 * ".0", no exponent). Bombs are refused: POI's inflate-ratio and entry-size limits, and a cap on rows.
 */
final class Workbooks {

  /** One sheet's cells by row, and its name. */
  record Table(String sheet, List<List<String>> rows) {}

  static final int MAX_ROWS = 100_000;
  /** POI holds a sheet's XML in memory: 64 MB of it is some 200,000 filled rows, and far below what fills a heap. */
  static final long MAX_ENTRY_BYTES = 64L << 20;

  static {
    ZipSecureFile.setMinInflateRatio(0.005);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  private Workbooks() {}

  static boolean isZip(byte[] bytes) {
    return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  static boolean isOds(String fileName, byte[] bytes) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".ods")
        || new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains("application/vnd.oasis.opendocument.spreadsheet");
  }

  static Table xlsx(byte[] bytes, List<String> preferred) throws IOException {
    try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Sheet sheet = null;
      for (var name : preferred) {
        for (int i = 0; i < workbook.getNumberOfSheets() && sheet == null; i++) {
          if (workbook.getSheetName(i).strip().equalsIgnoreCase(name)) {
            sheet = workbook.getSheetAt(i);
          }
        }
      }
      sheet = sheet != null ? sheet : workbook.getSheetAt(0);
      var rows = new ArrayList<List<String>>();
      for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
        var row = sheet.getRow(r);
        var cells = new ArrayList<String>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(text(row.getCell(c)));
          }
        }
        rows.add(cells);
      }
      return new Table(sheet.getSheetName(), rows);
    }
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue())
          : number(cell.getNumericCellValue());
      default -> null;
    };
  }

  static Table ods(byte[] bytes, List<String> preferred) throws IOException {
    var book = new SpreadSheet(new ByteArrayInputStream(bytes));
    var sheets = book.getSheets();
    if (sheets.isEmpty()) {
      throw new IOException("the workbook has no sheet");
    }
    var sheet = preferred.stream().flatMap(name -> sheets.stream().filter(s -> s.getName().strip()
        .equalsIgnoreCase(name))).findFirst().orElse(sheets.getFirst());
    var values = sheet.getDataRange().getValues();
    var rows = new ArrayList<List<String>>();
    for (int r = 0; r < Math.min(values.length, MAX_ROWS); r++) {
      var cells = new ArrayList<String>();
      for (var value : values[r]) {
        cells.add(switch (value) {
          case null -> null;
          case Double d -> number(d);
          case Number n -> number(n.doubleValue());
          case LocalDate d -> d.toString();
          case LocalDateTime t -> date(t);
          default -> value.toString();
        });
      }
      rows.add(cells);
    }
    return new Table(sheet.getName(), rows);
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A date cell as an ISO date, or date and time when it has one. */
  private static String date(LocalDateTime value) {
    return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
        : value.toString();
  }
}
