package enlace.broker.graphql;

import enlace.broker.directory.CapacityInput;
import enlace.broker.directory.HoursInput;
import enlace.broker.directory.LocationInput;
import enlace.broker.directory.OrganizationInput;
import enlace.broker.directory.ServiceInput;
import enlace.broker.directory.VacancyInput;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** GraphQL input objects, as graphql-java hands them over, read into the directory's input records. */
final class MutationInputs {

  private MutationInputs() {}

  static OrganizationInput organization(Map<String, Object> in) {
    return new OrganizationInput(text(in, "id"), text(in, "name"), text(in, "kind"), text(in, "description"),
        text(in, "website"), text(in, "email"), text(in, "phone"));
  }

  static ServiceInput service(Map<String, Object> in) {
    return new ServiceInput(text(in, "id"), text(in, "name"), text(in, "description"), list(in, "categories"),
        list(in, "acceptedDocuments"), list(in, "languages"), list(in, "audience"), capacity(object(in, "capacity")),
        hours(list(in, "hours")), text(in, "timezone"), text(in, "cost"), Boolean.TRUE.equals(in.get("confidential")),
        list(in, "locationIds"));
  }

  static LocationInput location(Map<String, Object> in) {
    return new LocationInput(text(in, "id"), text(in, "name"), text(in, "address"), text(in, "postalCode"),
        text(in, "municipalityCode"), number(in, "latitude"), number(in, "longitude"));
  }

  static VacancyInput vacancy(Map<String, Object> in) {
    return new VacancyInput(text(in, "id"), text(in, "title"), text(in, "description"), text(in, "occupation"),
        text(in, "sector"), (Integer) in.get("positions"), text(in, "wage"), list(in, "acceptedDocuments"),
        text(in, "municipalityCode"), (Instant) in.get("expiresAt"));
  }

  static List<HoursInput> hours(List<Map<String, Object>> hours) {
    return hours.stream().map(h -> new HoursInput(String.valueOf(h.get("weekday")), text(h, "opens"),
        text(h, "closes"))).toList();
  }

  private static CapacityInput capacity(Map<String, Object> in) {
    return in == null ? null
        : new CapacityInput((Integer) in.get("total"), (Integer) in.get("available"), text(in, "unit"));
  }

  private static String text(Map<String, Object> in, String field) {
    return (String) in.get(field);
  }

  private static Double number(Map<String, Object> in, String field) {
    return in.get(field) instanceof Number n ? n.doubleValue() : null;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Map<String, Object> in, String field) {
    return in.get(field) == null ? List.of() : (List<T>) in.get(field);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Map<String, Object> in, String field) {
    return (Map<String, Object>) in.get(field);
  }
}
