package enlace.connectors.imports;

import java.time.Instant;
import java.util.List;

/**
 * One record as every format reads it, before it is written: a service at its locations, or a vacancy,
 * with the organization behind it and where it came from. Categories and documents are ontology IRIs,
 * municipalities INEGI codes.
 */
public sealed interface ImportRecord permits ServiceRecord, VacancyRecord, OrganizationRecord, LocationRecord {

  /**
   * Where the record sits in what was read: a file and a line or JSON pointer, and for each of its places the
   * field its id was read from.
   */
  Origin origin();

  String id();

  Org organization();

  /** The source's own id for the record. */
  String sourceId();

  record Origin(String file, String where, java.util.Map<String, String> placeFields) {

    public Origin {
      placeFields = placeFields == null ? java.util.Map.of() : java.util.Map.copyOf(placeFields);
    }

    public Origin(String file, String where) {
      this(file, where, java.util.Map.of());
    }

    /** The field the id of this place was read from; "id" when the reader did not say. */
    public String placeField(String placeId) {
      return placeFields.getOrDefault(placeId, "id");
    }
  }

  record Org(String id, String name, String kind, String description, String website, String email,
      String phone) {}

  record Place(String id, String name, String address, String postalCode, String municipality, double latitude,
      double longitude) {}

  record Capacity(int total, int available, String unit, Instant updatedAt) {}

  /**
   * A taxonomy term no ontology concept maps to, kept as the source wrote it; or, under the taxonomy
   * {@value #REQUIRED_DOCUMENT}, a required document written as free text.
   */
  record LocalTerm(String taxonomy, String code, String name) {

    public static final String REQUIRED_DOCUMENT = "required_document";

    public static LocalTerm requiredDocument(String text) {
      return new LocalTerm(REQUIRED_DOCUMENT, null, text);
    }

    public boolean isRequiredDocument() {
      return REQUIRED_DOCUMENT.equals(taxonomy);
    }

    public String key() {
      return (taxonomy == null ? "" : taxonomy) + "|" + (code == null ? "" : code) + "|" + name;
    }

    public static LocalTerm ofKey(String key) {
      var parts = key.split("\\|", 3);
      return new LocalTerm(parts[0].isEmpty() ? null : parts[0], parts[1].isEmpty() ? null : parts[1], parts[2]);
    }
  }

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
