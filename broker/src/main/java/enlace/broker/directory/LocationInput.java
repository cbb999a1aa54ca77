package enlace.broker.directory;

/** A place where an office delivers services, as it writes it. */
public record LocationInput(String id, String name, String address, String postalCode, String municipalityCode,
    Double latitude, Double longitude) {}
