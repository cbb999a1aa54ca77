package enlace.ontology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of validating records against the Enlace SHACL shapes.
 *
 * @param violations every problem found; empty when the data conforms
 */
public record ValidationReport(List<Violation> violations) {

    /** Copies the list. */
    public ValidationReport {
        violations = List.copyOf(violations);
    }

    /** @return true when no violation of severity {@link Severity#VIOLATION} was found */
    public boolean conforms() {
        return violations.stream().noneMatch(v -> v.severity() == Severity.VIOLATION);
    }

    /** How serious a finding is, as SHACL grades it. */
    public enum Severity { VIOLATION, WARNING, INFO }

    /**
     * One problem with one record.
     *
     * @param focusNode the record (IRI or blank node label) the problem is about
     * @param path      the property at fault as a compact IRI (e.g. {@code enl:name}), if the shape names one
     * @param value     the offending value, if there is one (absent for a missing field)
     * @param message   an English message naming the field
     * @param severity  how serious it is
     */
    public record Violation(String focusNode, Optional<String> path, Optional<String> value, String message,
                            Severity severity) {

        /** Validates the components. */
        public Violation {
            Objects.requireNonNull(focusNode, "focusNode");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(severity, "severity");
        }

        /** @return the field at fault without its prefix (e.g. {@code name}), if the shape names one */
        public Optional<String> field() {
            return path.map(Terms::localName);
        }
    }
}
