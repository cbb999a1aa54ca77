package enlace.connectors.imports;

/** An organization given on its own, without services (an HSDS organization record). */
public record OrganizationRecord(Origin origin, String sourceId, Org organization) implements ImportRecord {

  @Override
  public String id() {
    return organization.id();
  }
}
