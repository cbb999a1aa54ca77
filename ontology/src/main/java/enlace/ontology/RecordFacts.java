package enlace.ontology;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record to check against the shapes, described without RDF: its id, its class in the enl: namespace
 * ({@code Service}, {@code Referral}) and its property values by enl: property name. Concept values are
 * {@link URI}s, text is {@link String}, counts are {@link Integer} or {@link Long}.
 *
 * @param id         the record's own id, used to name it in violations
 * @param type       the local name of its class, e.g. {@code Service}
 * @param properties values by the local name of the property, e.g. {@code name}, {@code category}
 */
public record RecordFacts(String id, String type, Map<String, List<Object>> properties) {

    /** Validates the components and copies the values. */
    public RecordFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        var copy = new LinkedHashMap<String, List<Object>>();
        properties.forEach((name, values) -> copy.put(name, values.stream().filter(Objects::nonNull).toList()));
        properties = java.util.Collections.unmodifiableMap(copy);
    }
}
