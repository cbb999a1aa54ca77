package enlace.graph.service;

import java.util.List;
import java.util.Objects;

/** A service together with the locations it is delivered at, written in one go. */
public record ListedService(Service service, List<Location> locations) {

  public ListedService {
    Objects.requireNonNull(service, "service");
    locations = List.copyOf(locations);
    var ids = locations.stream().map(Location::id).toList();
    if (!ids.containsAll(service.locationIds()) || !service.locationIds().containsAll(ids)) {
      throw new IllegalArgumentException("service " + service.id() + " names locations " + service.locationIds()
          + " but comes with " + ids);
    }
  }
}
