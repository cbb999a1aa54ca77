package enlace.graph;

import java.util.regex.Pattern;

/** The shape every record id takes: short, printable, safe in a URL and a cursor. */
public final class Ids {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");

  private Ids() {}

  public static String require(String id, String what) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(what + " must be 1-128 characters of letters, digits and . _ : @ -, got: " + id);
    }
    return id;
  }
}
