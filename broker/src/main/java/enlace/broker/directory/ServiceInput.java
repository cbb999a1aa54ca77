package enlace.broker.directory;

import java.util.List;

/**
 * A service as its office writes it: concepts as the caller spells them (IRI, enl:name or label),
 * locations by their local ids. Absent lists arrive empty.
 */
public record ServiceInput(String id, String name, String description, List<String> categories,
    List<String> acceptedDocuments, List<String> languages, List<String> audience, CapacityInput capacity,
    List<HoursInput> hours, String timezone, String cost, boolean confidential, List<String> locationIds) {

  public ServiceInput {
    categories = copy(categories);
    acceptedDocuments = copy(acceptedDocuments);
    languages = copy(languages);
    audience = copy(audience);
    hours = copy(hours);
    locationIds = copy(locationIds);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
