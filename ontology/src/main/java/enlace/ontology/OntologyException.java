package enlace.ontology;

import java.util.Objects;

/**
 * The one unchecked exception of the ontology module. {@link #reason()} says what went wrong, so callers map it
 * to an HTTP status or a GraphQL error code once.
 */
public final class OntologyException extends RuntimeException {

    /** What went wrong. */
    public enum Reason {
        /** A term could not be resolved to a concept of the loaded vocabulary. */
        UNKNOWN_TERM,
        /** The bundled or a regional vocabulary is malformed or breaks the vocabulary rules. */
        INVALID_VOCABULARY,
        /** Data handed in for validation could not be parsed. */
        INVALID_DATA,
        /** A SPARQL request was well formed but is not allowed here (update, SERVICE, FROM). */
        QUERY_REFUSED,
        /** A SPARQL request could not be parsed. */
        QUERY_INVALID,
        /** A SPARQL query ran out of time. */
        QUERY_TIMEOUT,
        /** The requested media type cannot serialise this kind of answer. */
        UNSUPPORTED_MEDIA_TYPE
    }

    private final Reason reason;

    OntologyException(Reason reason, String message) {
        this(reason, message, null);
    }

    OntologyException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return what went wrong */
    public Reason reason() {
        return reason;
    }

    /** @return true when the same call may succeed later (only time-outs) */
    public boolean isRetryable() {
        return reason == Reason.QUERY_TIMEOUT;
    }
}
