package enlace.graph.documents;

import java.util.List;
import java.util.Objects;

/**
 * A public service near a place, as a page about documents lists it: what it accepts, whose it is, and its
 * nearest location. Confidential services are never among them.
 */
public record NearbyService(String id, String name, String organization, List<String> categories,
    List<String> acceptedDocuments, String address, String municipality, double distanceKm) {

  public NearbyService {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    categories = List.copyOf(categories);
    acceptedDocuments = List.copyOf(acceptedDocuments);
  }
}
