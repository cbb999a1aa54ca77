package enlace.connectors.imports;

/**
 * A place given on its own, before any service is delivered there (an HSDS location record); {@code
 * organization} is the organization it belongs to, when the source names one.
 */
public record LocationRecord(Origin origin, String sourceId, Org organization, Place place) implements ImportRecord {

  @Override
  public String id() {
    return place.id();
  }
}
