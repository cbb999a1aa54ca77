package enlace.graph.service;

import enlace.graph.Ids;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What an organization offers: categorised by ontology concept IRIs (an imported service whose categories no
 * concept matched is kept uncategorised, found by text, until a coordinator maps them), open at some hours,
 * taking some documents and languages, with counted capacity where places are counted.
 */
public record Service(
    String id,
    String region,
    String organizationId,
    String name,
    String description,
    List<String> categories,
    List<String> acceptedDocuments,
    List<String> languages,
    List<String> audience,
    Capacity capacity,
    List<OpeningHours> hours,
    ZoneId timezone,
    String cost,
    ServiceStatus status,
    Instant lastVerifiedAt,
    String source,
    boolean confidential,
    List<String> locationIds) {

  public Service {
    Ids.require(id, "service id");
    Ids.require(region, "service region");
    Ids.require(organizationId, "service " + id + " organization");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("service " + id + " needs a name");
    }
    categories = List.copyOf(categories);
    acceptedDocuments = List.copyOf(acceptedDocuments);
    languages = List.copyOf(languages);
    audience = List.copyOf(audience);
    hours = List.copyOf(hours);
    locationIds = List.copyOf(locationIds);
    Objects.requireNonNull(timezone, "service " + id + " timezone");
    Objects.requireNonNull(status, "service " + id + " status");
  }

  /**
   * This service with what an owner's edit leaves alone as {@code stored} has it: home region, status,
   * verification and source.
   */
  public Service withStateOf(Service stored) {
    return new Service(id, stored.region(), organizationId, name, description, categories, acceptedDocuments, languages,
        audience, capacity, hours, timezone, cost, stored.status(), stored.lastVerifiedAt(), stored.source(),
        confidential, locationIds);
  }

  /** This service with one more category or accepted document (none added twice). */
  public Service withConcept(String iri, boolean asCategory) {
    var more = new java.util.ArrayList<>(asCategory ? categories : acceptedDocuments);
    if (!more.contains(iri)) {
      more.add(iri);
    }
    return new Service(id, region, organizationId, name, description, asCategory ? more : categories,
        asCategory ? acceptedDocuments : more, languages, audience, capacity, hours, timezone, cost, status,
        lastVerifiedAt, source, confidential, locationIds);
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a service field by field; what is not set takes a sensible default. */
  public static final class Builder {
    private final String id;
    private String region;
    private String organizationId;
    private String name;
    private String description;
    private List<String> categories = List.of();
    private List<String> acceptedDocuments = List.of();
    private List<String> languages = List.of("es");
    private List<String> audience = List.of();
    private Capacity capacity;
    private List<OpeningHours> hours = List.of();
    private ZoneId timezone = ZoneId.of("America/Mexico_City");
    private String cost;
    private ServiceStatus status = ServiceStatus.ACTIVE;
    private Instant lastVerifiedAt;
    private String source;
    private boolean confidential;
    private List<String> locationIds = List.of();

    private Builder(String id) {
      this.id = id;
    }

    public Builder region(String value) { region = value; return this; }
    public Builder organization(String value) { organizationId = value; return this; }
    public Builder name(String value) { name = value; return this; }
    public Builder description(String value) { description = value; return this; }
    public Builder categories(List<String> value) { categories = value; return this; }
    public Builder acceptedDocuments(List<String> value) { acceptedDocuments = value; return this; }
    public Builder languages(List<String> value) { languages = value; return this; }
    public Builder audience(List<String> value) { audience = value; return this; }
    public Builder capacity(Capacity value) { capacity = value; return this; }
    public Builder hours(List<OpeningHours> value) { hours = value; return this; }
    public Builder timezone(ZoneId value) { timezone = value; return this; }
    public Builder cost(String value) { cost = value; return this; }
    public Builder status(ServiceStatus value) { status = value; return this; }
    public Builder lastVerifiedAt(Instant value) { lastVerifiedAt = value; return this; }
    public Builder source(String value) { source = value; return this; }
    public Builder confidential(boolean value) { confidential = value; return this; }
    public Builder locations(List<String> value) { locationIds = value; return this; }

    public Service build() {
      return new Service(id, region, organizationId, name, description, categories, acceptedDocuments, languages,
          audience, capacity, hours, timezone, cost, status, lastVerifiedAt, source, confidential, locationIds);
    }
  }
}
