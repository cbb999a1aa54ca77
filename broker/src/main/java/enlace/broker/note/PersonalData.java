package enlace.broker.note;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a person's data in free text meant to be about a service: an e-mail address, a CURP,
 * a passport number, a phone number. Dates, times, prices and postal codes are not phone numbers.
 */
public final class PersonalData {

  /** What was found, where, and the text shown back with its end masked. */
  public record Finding(Kind kind, int start, String excerpt) {}

  public enum Kind {
    EMAIL("una dirección de correo electrónico", "an e-mail address"),
    CURP("una CURP", "a CURP"),
    PASSPORT("un número de pasaporte", "a passport number"),
    PHONE("un número de teléfono", "a phone number");

    private final String spanish;
    private final String english;

    Kind(String spanish, String english) {
      this.spanish = spanish;
      this.english = english;
    }

    public String spanish() {
      return spanish;
    }

    public String english() {
      return english;
    }
  }

  private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
  /** RENAPO's layout: four letters, birth date, sex, state, three consonants, a check pair. */
  private static final Pattern CURP = Pattern.compile("\\b[A-Z][AEIOUX][A-Z]{2}\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])"
      + "[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PASSPORT_WORD = Pattern.compile(
      "(pasaporte|passport|passeport|paspò|pasaport)\\W{0,3}(n(o|º|°|úm|um|umero|úmero)?\\.?\\W{0,3})?"
          + "([A-Z0-9]{1,3}[- ]?\\d{5,9}|\\d{6,10})\\b", Pattern.CASE_INSENSITIVE);
  /** Letters then digits, the shape of most passport numbers (G12345678, E1234567). */
  private static final Pattern PASSPORT_SHAPE = Pattern.compile("\\b[A-Z]{1,2}\\d{6,9}\\b");
  private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d[\\d ().-]{5,}\\d(?![\\p{L}\\p{N}])");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[-.]\\d{1,2}[-.]\\d{2,4}");
  private static final Pattern TIME_RANGE = Pattern.compile("\\d{1,2}[.:]\\d{2}\\s*-\\s*\\d{1,2}[.:]\\d{2}");

  private PersonalData() {}

  /** Everything in {@code text} that looks like a person's data, in the order it appears. */
  public static List<Finding> find(String text) {
    var found = new ArrayList<Finding>();
    add(found, EMAIL.matcher(text), Kind.EMAIL, 0);
    add(found, CURP.matcher(text), Kind.CURP, 0);
    add(found, PASSPORT_WORD.matcher(text), Kind.PASSPORT, 4);
    add(found, PASSPORT_SHAPE.matcher(text), Kind.PASSPORT, 0);
    var phones = PHONE.matcher(text);
    while (phones.find()) {
      var candidate = phones.group();
      long digits = candidate.chars().filter(Character::isDigit).count();
      if (digits >= 8 && digits <= 15 && !DATE.matcher(candidate.strip()).matches()
          && !TIME_RANGE.matcher(candidate.strip()).matches() && !overlaps(found, phones.start(), phones.end())) {
        found.add(new Finding(Kind.PHONE, phones.start(), mask(candidate.strip())));
      }
    }
    found.sort(java.util.Comparator.comparingInt(Finding::start));
    return List.copyOf(found);
  }

  /** The Spanish and English sentence that says what was found, for the error a writer sees. */
  public static String explain(List<Finding> findings) {
    var spanish = new StringBuilder();
    var english = new StringBuilder();
    for (var f : findings) {
      spanish.append(spanish.isEmpty() ? "" : ", ").append(f.kind().spanish()).append(" («").append(f.excerpt())
          .append("»)");
      english.append(english.isEmpty() ? "" : ", ").append(f.kind().english()).append(" ('").append(f.excerpt())
          .append("')");
    }
    return "parece contener datos de una persona: " + spanish + ". Una nota habla del servicio, nunca de una persona:"
        + " quítelo y vuelva a enviarla (el teléfono o correo del propio servicio se cambia en su ficha) / it seems to"
        + " contain a person's data: " + english + ". A note is about the service, never about a person: remove it and"
        + " send the note again (the service's own phone or e-mail is changed on its entry)";
  }

  private static void add(List<Finding> found, Matcher matcher, Kind kind, int group) {
    while (matcher.find()) {
      int start = group == 0 ? matcher.start() : matcher.start(group);
      int end = group == 0 ? matcher.end() : matcher.end(group);
      if (!overlaps(found, start, end)) {
        found.add(new Finding(kind, start, mask(group == 0 ? matcher.group() : matcher.group(group))));
      }
    }
  }

  private static boolean overlaps(List<Finding> found, int start, int end) {
    return found.stream().anyMatch(f -> start < f.start() + f.excerpt().length() && f.start() < end);
  }

  /** The first part as typed, the rest as dots: enough to find it in the text, not enough to copy it. */
  static String mask(String value) {
    int keep = Math.max(2, value.length() / 2);
    return value.substring(0, Math.min(keep, value.length())) + "•".repeat(Math.max(0, value.length() - keep));
  }
}
