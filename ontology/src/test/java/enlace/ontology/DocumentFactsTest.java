package enlace.ontology;

import enlace.ontology.DocumentFacts.RightStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static enlace.ontology.Vocabulary.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentFactsTest {

    private final Ontology ontology = Fixtures.SHARED;

    private DocumentFacts facts(String document) {
        return ontology.documentFacts(document).orElseThrow();
    }

    @Test
    void shouldLetATvrhHolderWorkUnderTheMigrationLaw() {
        var tvrh = facts("enl:doc-tvrh");

        assertInstanceOf(RightStatus.Granted.class, tvrh.status(RIGHT_WORK));
        assertTrue(tvrh.legalBasis().orElseThrow().citation("es").contains("art. 52, fracción V"));
        assertTrue(tvrh.legalBasis().orElseThrow().citation("en").contains("section V"));
        assertEquals(List.of("https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf"),
                tvrh.legalBasis().orElseThrow().texts());
        assertTrue(tvrh.validity("es").orElseThrow().startsWith("Un año"));
    }

    @Test
    void shouldSayTheLawWithholdsWorkFromAnFmmVisitor() {
        var fmm = facts("FMM");

        assertInstanceOf(RightStatus.Withheld.class, fmm.status(RIGHT_WORK));
        assertInstanceOf(RightStatus.Granted.class, fmm.status(RIGHT_TRANSIT));
        assertEquals("Up to 180 days without interruption.", fmm.validity("en").orElseThrow());
    }

    @Test
    void shouldLetAnAsylumSeekerWorkOnlyWithATemporaryCurp() {
        var comar = facts(COMAR_CERTIFICATE);

        assertEquals(new RightStatus.GrantedWith(List.of(Set.of(CURP_TEMPORARY))), comar.status(RIGHT_WORK));
        assertEquals(new RightStatus.GrantedWith(List.of(Set.of(COMAR_CERTIFICATE))),
                facts(CURP_TEMPORARY).status(RIGHT_WORK));
        assertInstanceOf(RightStatus.Withheld.class, comar.status(RIGHT_TRANSIT));
    }

    @Test
    void shouldRecordNothingRatherThanARefusalWhereTheLawIsSilent() {
        assertInstanceOf(RightStatus.NotRecorded.class, facts(TVRH).status(RIGHT_BANK_ACCOUNT));
        assertTrue(facts(PASSPORT).legalBasis().isEmpty());
    }

    @Test
    void shouldGiveEveryDocumentAValidityInSpanishAndEnglish() {
        for (Concept document : ontology.concepts(Scheme.DOCUMENTS)) {
            var validity = facts(document.iri()).validity();
            assertTrue(validity.containsKey("es") && validity.containsKey("en"), document.localName());
        }
    }

    @Test
    void shouldCiteTheLawBehindHealthCareForEveryone() {
        assertTrue(ontology.legalBasis(RIGHT_HEALTH_CARE).orElseThrow().citation("es").contains("art. 8"));
    }

    @Test
    void shouldAnswerNothingForAConceptThatIsNotADocument() {
        assertTrue(ontology.documentFacts(SHELTER).isEmpty());
    }
}
