package enlace.connectors.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The forms data comes in, as the command line and the API name them. */
public enum ImportFormat {
  HSDS("hsds"),
  HSDS_CSV("hsds-csv"),
  SHEET("sheet"),
  VACANCIES("vacancies");

  private final String value;

  ImportFormat(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static ImportFormat parse(String text) {
    var wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values()).filter(f -> f.value.equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown import format '" + text + "': use "
            + Arrays.stream(values()).map(ImportFormat::value).collect(Collectors.joining(", "))));
  }
}
