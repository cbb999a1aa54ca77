package enlace.ontology;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static enlace.ontology.Vocabulary.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RightsTest {

    private final Ontology ontology = Fixtures.SHARED;

    @Test
    void shouldLetATvrhHolderWork() {
        assertEquals(Set.of(RIGHT_STAY, RIGHT_TRANSIT, RIGHT_WORK, RIGHT_HEALTH_CARE, RIGHT_EDUCATION, RIGHT_CURP),
                ontology.rightsGrantedBy(List.of(TVRH)));
    }

    @Test
    void shouldNotLetAnFmmHolderWork() {
        assertEquals(Set.of(RIGHT_STAY, RIGHT_TRANSIT), ontology.rightsGrantedBy(List.of(FMM)));
    }

    @Test
    void shouldGrantNoRightForAPassportAlone() {
        assertEquals(Set.of(), ontology.rightsGrantedBy(List.of(PASSPORT)));
        assertFalse(ontology.rightsGrantedBy(List.of(PASSPORT, BIRTH_CERTIFICATE, CONSULAR_ID)).contains(RIGHT_WORK));
    }

    @Test
    void shouldLetAnAsylumSeekerWorkOnlyWithATemporaryCurp() {
        Set<String> certificateOnly = ontology.rightsGrantedBy(List.of(COMAR_CERTIFICATE));
        Set<String> withCurp = ontology.rightsGrantedBy(List.of(COMAR_CERTIFICATE, CURP_TEMPORARY));

        assertTrue(certificateOnly.containsAll(Set.of(RIGHT_STAY, RIGHT_HEALTH_CARE, RIGHT_EDUCATION)));
        assertFalse(certificateOnly.contains(RIGHT_WORK));
        assertFalse(certificateOnly.contains(RIGHT_TRANSIT));
        assertTrue(withCurp.contains(RIGHT_WORK));
        assertFalse(ontology.rightsGrantedBy(List.of(CURP_TEMPORARY)).contains(RIGHT_WORK));
    }

    @Test
    void shouldLetResidentsWorkAndOpenABankAccount() {
        for (String card : List.of(TEMPORARY_RESIDENT_CARD, PERMANENT_RESIDENT_CARD)) {
            assertTrue(ontology.rightsGrantedBy(List.of(card)).containsAll(
                    Set.of(RIGHT_WORK, RIGHT_STAY, RIGHT_BANK_ACCOUNT, RIGHT_HEALTH_CARE, RIGHT_EDUCATION)), card);
        }
    }

    @Test
    void shouldListTheDocumentsThatGrantWork() {
        Set<String> documents = ontology.documentsGranting(RIGHT_WORK);

        assertTrue(documents.containsAll(Set.of(TVRH, TEMPORARY_RESIDENT_CARD, PERMANENT_RESIDENT_CARD)));
        assertFalse(documents.contains(FMM));
        assertFalse(documents.contains(PASSPORT));
        assertFalse(documents.contains(COMAR_CERTIFICATE));
    }

    @Test
    void shouldListDocumentsHeldTogetherThatGrantWork() {
        Set<Set<String>> combinations = ontology.documentCombinationsGranting("enl:right-work");

        assertTrue(combinations.contains(Set.of(TVRH)));
        assertTrue(combinations.contains(Set.of(COMAR_CERTIFICATE, CURP_TEMPORARY)));
        assertFalse(combinations.contains(Set.of(COMAR_CERTIFICATE)));
    }

    @Test
    void shouldTieTheComarCertificateToItsState() {
        Concept certificate = ontology.concept(COMAR_CERTIFICATE).orElseThrow();

        assertTrue(certificate.restrictions().get("en").contains("state where they applied"));
    }

    @Test
    void shouldIgnoreUnknownDocumentsAndAcceptLocalNames() {
        assertEquals(ontology.rightsGrantedBy(List.of(TVRH)), ontology.rightsGrantedBy(List.of("doc-tvrh", "a-napkin")));
        assertEquals(Set.of(), ontology.documentsGranting("right-to-fly"));
    }
}
