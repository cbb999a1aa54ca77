package enlace.broker.directory;

/** An organization's own record as it writes it; checked whole before anything is stored. */
public record OrganizationInput(String id, String name, String kind, String description, String website,
    String email, String phone) {}
