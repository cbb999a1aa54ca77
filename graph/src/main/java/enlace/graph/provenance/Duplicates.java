package enlace.graph.provenance;

import java.text.Normalizer;
import java.util.Locale;

/**
 * When two sources describe the same service. Both names are normalised (accents, case, punctuation and
 * the words "(demo)" aside); a candidate is a service with a location within {@link #RADIUS_METRES} of one
 * of the record's locations, and it is the same service when
 * <ul>
 *   <li>the normalised service names are equal and the organizations are the same (same id, or equal
 *       normalised organization names), or</li>
 *   <li>the normalised service names are near-identical: a similarity of at least {@link #NEAR_IDENTICAL}
 *       (1 − edit distance / length of the longer name), whatever the organization.</li>
 * </ul>
 */
public final class Duplicates {

  public static final double RADIUS_METRES = 200;
  public static final double NEAR_IDENTICAL = 0.9;

  private Duplicates() {}

  public static boolean same(String name, String organizationId, String organizationName, String otherName,
      String otherOrganizationId, String otherOrganizationName) {
    var a = normalise(name);
    var b = normalise(otherName);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    boolean sameOrganization = organizationId.equals(otherOrganizationId)
        || normalise(organizationName).equals(normalise(otherOrganizationName));
    return a.equals(b) && sameOrganization || similarity(a, b) >= NEAR_IDENTICAL;
  }

  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    var plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static double similarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return 1.0 - (double) distance(a, b) / longer;
  }

  private static int distance(String a, String b) {
    var previous = new int[b.length() + 1];
    var current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      var swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
