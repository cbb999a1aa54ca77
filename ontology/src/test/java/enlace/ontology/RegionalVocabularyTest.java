package enlace.ontology;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionalVocabularyTest {

    private static final String NORTH = "https://w3id.org/enlace/region/north-test#";
    private static final String LOCAL_SHELTER = NORTH + "casa-de-asistencia-temporal";

    private final Ontology ontology = Fixtures.withNorth();

    @Test
    void shouldExpandALocalTermToTheSharedConceptAndItsClosure() {
        Set<String> expansion = ontology.expand(LOCAL_SHELTER);

        assertTrue(expansion.containsAll(Set.of(LOCAL_SHELTER, NORTH + "casa-de-asistencia-nocturna",
                Vocabulary.SHELTER, Vocabulary.FAMILY_SHELTER, Vocabulary.SHELTER_WOMEN_CHILDREN)));
        assertFalse(expansion.contains(Vocabulary.FOOD));
    }

    @Test
    void shouldExpandTheSharedConceptToLocalTermsMappedOntoIt() {
        Set<String> expansion = ontology.expand(Vocabulary.SHELTER);

        assertTrue(expansion.contains(LOCAL_SHELTER));
        assertTrue(expansion.contains(NORTH + "casa-de-asistencia-nocturna"));
        assertFalse(ontology.expand(Vocabulary.FAMILY_SHELTER).contains(LOCAL_SHELTER));
    }

    @Test
    void shouldTreatAnExactMatchAsEquivalentBothWays() {
        String localKitchen = NORTH + "comedor-de-la-frontera";

        assertTrue(ontology.expand(localKitchen).contains(Vocabulary.SOUP_KITCHEN));
        assertTrue(ontology.expand(Vocabulary.SOUP_KITCHEN).contains(localKitchen));
        assertTrue(ontology.expand(Vocabulary.FOOD).contains(localKitchen));
    }

    @Test
    void shouldResolveALocalLabelToTheLocalTerm() {
        assertEquals(LOCAL_SHELTER, ontology.resolve("Casa de asistencia temporal").orElseThrow());
        assertEquals(LOCAL_SHELTER, ontology.resolve("casa de asistencia TEMPORAL").orElseThrow());
        assertEquals(LOCAL_SHELTER, ontology.resolve("casa-de-asistencia-temporal").orElseThrow());
    }

    @Test
    void shouldPlaceLocalTermsInTheSchemeTheyExtend() {
        Concept local = ontology.concept(LOCAL_SHELTER).orElseThrow();

        assertEquals(Scheme.SERVICE_CATEGORIES, local.scheme());
        assertEquals(NORTH + "Categories", local.schemeIri());
        assertEquals(Set.of(Vocabulary.SHELTER), local.mappedTo());
        assertFalse(local.isShared());
        assertTrue(ontology.concepts(Scheme.SERVICE_CATEGORIES).contains(local));
    }

    @Test
    void shouldGrantALocalDocumentWhatItsExactMatchGrants() {
        assertTrue(ontology.rightsGrantedBy(List.of(NORTH + "tarjeta-humanitaria")).contains(Vocabulary.RIGHT_WORK));
    }

    @Test
    void shouldLoadTheBundledExampleRegion() {
        Ontology south = Ontology.load(Fixtures.resource("/enlace/ontology/regional/example-south.ttl"));
        String local = south.resolve("Albergue municipal temporal").orElseThrow();

        assertTrue(south.expand(local).containsAll(Set.of(Vocabulary.SHELTER, Vocabulary.FAMILY_SHELTER)));
        assertTrue(south.expand(Vocabulary.SHELTER).contains(local));
    }

    @Test
    void shouldRefuseARegionalFileThatChangesASharedTerm(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                @prefix enl: <https://w3id.org/enlace/ns#> .
                enl:doc-fmm enl:grants enl:right-work .
                """);

        OntologyException error = assertThrows(OntologyException.class, () -> Ontology.load(file));

        assertEquals(OntologyException.Reason.INVALID_VOCABULARY, error.reason());
        assertTrue(error.getMessage().contains("doc-fmm"));
    }

    @Test
    void shouldRefuseALocalConceptWithoutAKnownScheme(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/x#thing> a skos:Concept ; skos:prefLabel "Cosa"@es .
                """);

        OntologyException error = assertThrows(OntologyException.class, () -> Ontology.load(file));

        assertTrue(error.getMessage().contains("no known scheme"));
    }

    @Test
    void shouldRefuseAMappingOntoAnUnknownSharedConcept(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                @prefix enl: <https://w3id.org/enlace/ns#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/x#S> a skos:ConceptScheme ; enl:extendsScheme enl:ServiceCategories .
                <https://example.org/x#thing> skos:inScheme <https://example.org/x#S> ; skos:broadMatch enl:spaceship .
                """);

        OntologyException error = assertThrows(OntologyException.class, () -> Ontology.load(file));

        assertTrue(error.getMessage().contains("spaceship"));
    }

    @Test
    void shouldRefuseAFileThatIsNotRdf(@TempDir Path dir) throws IOException {
        Path file = write(dir, "this is not turtle");

        assertEquals(OntologyException.Reason.INVALID_VOCABULARY,
                assertThrows(OntologyException.class, () -> Ontology.load(file)).reason());
    }

    private static Path write(Path dir, String turtle) throws IOException {
        return Files.writeString(dir.resolve("region.ttl"), turtle);
    }
}
