package enlace.ontology;

import java.util.Objects;

/**
 * The serialised answer to a read-only SPARQL query.
 *
 * @param form      the query form that produced it
 * @param mediaType the media type {@code body} is written in
 * @param body      the serialised results or graph
 */
public record SparqlAnswer(Form form, String mediaType, String body) {

    /** The SPARQL query forms that are answered. */
    public enum Form { SELECT, ASK, CONSTRUCT, DESCRIBE }

    /** Validates the components. */
    public SparqlAnswer {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(body, "body");
    }
}
