package enlace.graph.municipality;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The part of the country one node serves: a set of states, by INEGI state code. */
public record Region(String id, String name, List<String> stateCodes) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");
  private static final Pattern STATE = Pattern.compile("\\d{2}");

  public Region {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a region id is lower-case letters, digits and '-', got: " + id);
    }
    Objects.requireNonNull(name, "name");
    stateCodes = List.copyOf(stateCodes);
    for (var state : stateCodes) {
      if (!STATE.matcher(state).matches() || Integer.parseInt(state) < 1 || Integer.parseInt(state) > 32) {
        throw new IllegalArgumentException("region " + id + ": state codes are 01-32 (INEGI), got: " + state);
      }
    }
  }

  public boolean covers(String stateCode) {
    return stateCodes.contains(stateCode);
  }
}
