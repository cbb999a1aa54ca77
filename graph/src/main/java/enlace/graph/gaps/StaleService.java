package enlace.graph.gaps;

import java.time.Instant;

/**
 * An active service whose data nobody verified recently ({@code lastVerifiedAt} null: never). A
 * confidential service shows no name.
 */
public record StaleService(String id, String region, String name, String organization, String municipality,
    Instant lastVerifiedAt) {}
