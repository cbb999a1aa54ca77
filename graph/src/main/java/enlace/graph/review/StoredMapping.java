package enlace.graph.review;

import java.time.Instant;

/** A value a region mapped to a concept once, for every record that carries it and every later import. */
public record StoredMapping(String region, String topic, String key, String value, String concept, String mappedBy,
    Instant mappedAt) {}
