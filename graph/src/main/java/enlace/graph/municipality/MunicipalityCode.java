package enlace.graph.municipality;

import java.util.regex.Pattern;

/** INEGI's five-digit geostatistical key: two digits of state, three of municipality. */
public record MunicipalityCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("\\d{5}");

  public MunicipalityCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("a municipality code has five digits (INEGI key, e.g. 07089), got: " + value);
    }
    int state = Integer.parseInt(value.substring(0, 2));
    if (state < 1 || state > 32) {
      throw new IllegalArgumentException("a municipality code starts with a state code 01-32, got: " + value);
    }
  }

  public String stateCode() {
    return value.substring(0, 2);
  }

  @Override
  public String toString() {
    return value;
  }
}
