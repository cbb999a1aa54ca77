package enlace.connectors.contact;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mexican phone numbers as people write them ("(962) 625 1234", "962-625-12-34", "01 800 123 4567",
 * "044 55 1234 5678", "+52 1 55 …", "Tel. 9626251234 ext. 12"), to E.164 with Google's libphonenumber. A
 * number without a country code is read as Mexican; a foreign one written with its code is kept.
 */
public final class Phones {

  /** The numbers found in a cell, in E.164; {@code unreadable} when the cell held text but no valid number. */
  public record Reading(List<String> numbers, boolean unreadable) {
    public Reading {
      numbers = List.copyOf(numbers);
    }

    public Optional<String> first() {
      return numbers.isEmpty() ? Optional.empty() : Optional.of(numbers.getFirst());
    }
  }

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String REGION = "MX";

  private Phones() {}

  /** Every valid number in {@code text} (a cell may hold several); blank text holds none. */
  public static Reading read(String text) {
    if (text == null || text.isBlank()) {
      return new Reading(List.of(), false);
    }
    var out = new ArrayList<String>();
    for (var match : UTIL.findNumbers(modernise(text), REGION, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
      var e164 = UTIL.format(match.number(), PhoneNumberFormat.E164);
      if (!out.contains(e164)) {
        out.add(e164);
      }
    }
    return new Reading(out, out.isEmpty());
  }

  /**
   * Drops the prefixes Mexico retired in 2019 and 2020: long-distance "01" before ten digits, mobile "044"
   * and "045", and the mobile "1" after +52.
   */
  static String modernise(String text) {
    return text.replaceAll("(?<![\\d+])0(?:1|44|45)[\\s.-]*(?=(?:\\d[\\s.()-]*){10}(?!\\d))", "")
        .replaceAll("\\+\\s*52[\\s.-]*1[\\s.-]*(?=(?:\\d[\\s.()-]*){10}(?!\\d))", "+52 ");
  }
}
