package enlace.connectors.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of one record and collects a problem for each that is missing or malformed, naming the
 * file, where the record sits and the field, so every fault of a record is reported at once.
 */
final class Fields {

  private final String file;
  private final String where;
  private final List<Problem> problems = new ArrayList<>();
  private final java.util.Map<String, String> placeFields = new java.util.HashMap<>();

  Fields(String file, String where) {
    this.file = file;
    this.where = where;
  }

  ImportRecord.Origin origin() {
    return new ImportRecord.Origin(file, where, placeFields);
  }

  /** Notes the field a place's id was read from, for problems found when the place is written. */
  void placeAt(String placeId, String field) {
    if (placeId != null) {
      placeFields.putIfAbsent(placeId, field);
    }
  }

  void problem(String field, String reason) {
    problems.add(new Problem(file, where, field, reason));
  }

  boolean ok() {
    return problems.isEmpty();
  }

  List<Problem> problems() {
    return problems;
  }

  static String text(JsonNode node, String field) {
    var value = node == null ? null : node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
  }

  String required(String field, String value) {
    if (value == null || value.isBlank()) {
      problem(field, "is required");
    }
    return value;
  }

  Integer integer(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      problem(field, "must be a whole number, got '" + value + "'");
      return null;
    }
  }

  Double decimal(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      problem(field, "must be a number, got '" + value + "'");
      return null;
    }
  }

  /** A date (taken as the start of that day in UTC) or a date-time with offset. */
  Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() <= 10 ? LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant()
          : OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      problem(field, "must be a date (YYYY-MM-DD) or a date-time with offset, got '" + value + "'");
      return null;
    }
  }
}
