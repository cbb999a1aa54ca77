package enlace.ontology;

import enlace.ontology.ValidationReport.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationTest {

    private static final String PREFIXES = """
            @prefix enl: <https://w3id.org/enlace/ns#> .
            @prefix ex:  <https://example.org/records/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;
    private static final String CONSENT = """
            enl:consent [ enl:purpose "Referral to a shelter" ; enl:noticeVersion "2026-01" ;
                          enl:recordedAt "2026-03-01T10:00:00Z"^^xsd:dateTime ; enl:recordedBy "dam-tapachula/ana" ]""";

    private final Ontology ontology = Fixtures.SHARED;

    @Test
    void shouldAcceptACompleteService() {
        ValidationReport report = validate("""
                ex:s1 a enl:Service ; enl:name "Albergue Belén" ; enl:category enl:shelter-family , enl:food ;
                    enl:acceptedDocument enl:doc-tvrh ; enl:language "es" , "ht" , "mam" , "es-MX" ;
                    enl:capacityTotal 40 ; enl:capacityAvailable 3 .
                """);

        assertTrue(report.conforms(), report.violations().toString());
    }

    @Test
    void shouldRejectAServiceWithoutAName() {
        ValidationReport report = validate("ex:s1 a enl:Service ; enl:category enl:shelter .");

        Violation violation = only(report);
        assertEquals("https://example.org/records/s1", violation.focusNode());
        assertEquals(Optional.of("name"), violation.field());
        assertTrue(violation.message().contains("enl:name"), violation.message());
    }

    @Test
    void shouldRejectAnUnknownCategoryNamingIt() {
        ValidationReport report = validate("ex:s1 a enl:Service ; enl:name \"X\" ; enl:category enl:shelter , enl:spa .");

        Violation violation = only(report);
        assertEquals(Optional.of("category"), violation.field());
        assertEquals(Optional.of("enl:spa"), violation.value());
        assertTrue(violation.message().contains("enl:spa"), violation.message());
    }

    @Test
    void shouldRejectADocumentUsedAsACategory() {
        ValidationReport report = validate("ex:s1 a enl:Service ; enl:name \"X\" ; enl:category enl:doc-tvrh .");

        assertTrue(only(report).message().contains("enl:doc-tvrh"));
    }

    @Test
    void shouldRejectAServiceWithoutCategory() {
        assertEquals(Optional.of("category"), only(validate("ex:s1 a enl:Service ; enl:name \"X\" .")).field());
    }

    @Test
    void shouldRejectMoreAvailablePlacesThanPlaces() {
        ValidationReport report = validate("""
                ex:s1 a enl:Service ; enl:name "X" ; enl:category enl:shelter ;
                    enl:capacityTotal 10 ; enl:capacityAvailable 12 .
                """);

        assertTrue(only(report).message().contains("must not exceed total capacity"));
    }

    @Test
    void shouldRejectNegativeCapacityAndBadLanguageTags() {
        ValidationReport report = validate("""
                ex:s1 a enl:Service ; enl:name "X" ; enl:category enl:shelter ;
                    enl:capacityTotal -1 ; enl:language "Spanish please" .
                """);

        List<String> fields = report.violations().stream().map(v -> v.field().orElse("")).toList();
        assertEquals(List.of("capacityTotal", "language"), fields);
    }

    @Test
    void shouldRejectAReferralWithoutConsent() {
        ValidationReport report = validate("ex:r1 a enl:Referral ; enl:category enl:shelter .");

        Violation violation = only(report);
        assertEquals(Optional.of("consent"), violation.field());
        assertTrue(violation.message().contains("consent"));
    }

    @Test
    void shouldRejectIncompleteConsentNamingEachMissingField() {
        ValidationReport report = validate("""
                ex:r1 a enl:Referral ; enl:category enl:shelter ; enl:consent [ enl:purpose "Referral" ] .
                """);

        List<String> fields = report.violations().stream().map(v -> v.field().orElse("")).sorted().toList();
        assertEquals(List.of("noticeVersion", "recordedAt", "recordedBy"), fields);
    }

    @Test
    void shouldAcceptAReferralWithNeedsAndConsent() {
        ValidationReport report = validate("ex:r1 a enl:Referral ; enl:category enl:shelter-family ; "
                + "enl:heldDocument enl:doc-comar-certificate ; enl:priority \"urgent\" ; " + CONSENT + " .");

        assertTrue(report.conforms(), report.violations().toString());
    }

    @Test
    void shouldRejectAReferralWithoutNeeds() {
        ValidationReport report = validate("ex:r1 a enl:Referral ; " + CONSENT + " .");

        assertEquals(Optional.of("category"), only(report).field());
    }

    @Test
    void shouldRefuseUnparsableData() {
        OntologyException error = assertThrows(OntologyException.class,
                () -> ontology.validate("not turtle at all", "text/turtle"));

        assertEquals(OntologyException.Reason.INVALID_DATA, error.reason());
    }

    private ValidationReport validate(String records) {
        return ontology.validate(PREFIXES + records, "text/turtle");
    }

    private static Violation only(ValidationReport report) {
        assertFalse(report.conforms());
        assertEquals(1, report.violations().size(), report.violations().toString());
        return report.violations().getFirst();
    }
}
