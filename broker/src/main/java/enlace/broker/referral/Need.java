package enlace.broker.referral;

import enlace.graph.geo.GeoPoint;
import enlace.graph.referral.Household;
import enlace.graph.referral.Profile;
import enlace.graph.referral.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A need checked against the ontology: each requested category with its narrower concepts, the documents
 * held (and those they count as), the rights those documents grant, a point to measure from, and who the
 * household is (counts, and the profile the person chose to give).
 */
public record Need(
    List<String> categories,
    Map<String, Set<String>> expanded,
    List<String> documents,
    Set<String> heldDocuments,
    Set<String> rights,
    Set<String> languages,
    GeoPoint center,
    String municipality,
    double radiusKm,
    Household household,
    Profile profile,
    Instant at,
    Urgency urgency) {

  public Need {
    categories = List.copyOf(categories);
    expanded = Map.copyOf(expanded);
    documents = List.copyOf(documents);
    heldDocuments = Set.copyOf(heldDocuments);
    rights = Set.copyOf(rights);
    languages = Set.copyOf(languages);
    profile = profile == null ? Profile.NONE : profile;
  }

  /** Every category any of the needs covers. */
  public Set<String> allCategories() {
    return expanded.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());
  }

  /** The first requested category this service answers, or null. */
  public String answeredBy(List<String> serviceCategories) {
    return categories.stream().filter(c -> serviceCategories.stream().anyMatch(expanded.get(c)::contains))
        .findFirst().orElse(null);
  }
}
