package enlace.graph.referral;

/**
 * How the receiving organization reaches the person: kept apart from the referral, shown only to the
 * receiver while the referral is open, erased when it closes.
 */
public record Contact(String phone, String note) {

  public Contact {
    phone = blankToNull(phone);
    note = blankToNull(note);
    if (phone != null && !phone.matches("\\+?[0-9 ()-]{6,25}")) {
      throw new IllegalArgumentException("contact.phone is not a phone number");
    }
    if (note != null && note.length() > 500) {
      throw new IllegalArgumentException("contact.note is longer than 500 characters");
    }
  }

  public boolean isEmpty() {
    return phone == null && note == null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
