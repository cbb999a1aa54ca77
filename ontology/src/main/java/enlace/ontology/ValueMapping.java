package enlace.ontology;

import java.util.Objects;

/**
 * A region's decision that a value written in its data names a concept: "Atención psicológica" is the
 * category {@code enl:health-mental}. {@link Words#withMappings} makes such decisions part of the words a
 * region's node recognises.
 *
 * @param scheme  the scheme the value was written for
 * @param value   the value as written
 * @param concept the concept IRI it names
 */
public record ValueMapping(Scheme scheme, String value, String concept) {

    /** Checks that every component is given and the value has words. */
    public ValueMapping {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(concept, "concept");
        if (value == null || Folding.words(value).isEmpty()) {
            throw new IllegalArgumentException("a mapped value needs at least one word, got '" + value + "'");
        }
    }
}
