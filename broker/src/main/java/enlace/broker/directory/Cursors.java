package enlace.broker.directory;

import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.service.SearchCursor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursors: a search keyset (distance, site) and a municipality code. */
public final class Cursors {

  private Cursors() {}

  public static String encode(SearchCursor cursor) {
    return encode("s:" + Double.toString(cursor.distanceMeters()) + ":" + cursor.siteKey());
  }

  public static SearchCursor decodeSearch(String cursor) {
    var raw = decode(cursor);
    var parts = raw.split(":", 3);
    if (parts.length == 3 && parts[0].equals("s")) {
      try {
        return new SearchCursor(Double.parseDouble(parts[1]), parts[2]);
      } catch (IllegalArgumentException bad) {
        // reported below
      }
    }
    throw malformed();
  }

  public static String encode(MunicipalityCode code) {
    return encode("m:" + code.value());
  }

  public static MunicipalityCode decodeMunicipality(String cursor) {
    var raw = decode(cursor);
    if (raw.startsWith("m:")) {
      try {
        return new MunicipalityCode(raw.substring(2));
      } catch (IllegalArgumentException bad) {
        // reported below
      }
    }
    throw malformed();
  }

  private static String encode(String raw) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
  }

  private static InvalidArgument malformed() {
    return new InvalidArgument("after", "not a cursor of this connection; pass endCursor exactly as returned");
  }
}
