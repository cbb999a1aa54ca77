package enlace.ontology;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelsTest {

    private final Ontology ontology = Fixtures.SHARED;

    @Test
    void shouldLabelInTheAskedLanguage() {
        assertEquals("Family shelter", ontology.label(Vocabulary.FAMILY_SHELTER, "en"));
        assertEquals("Albergue para familias", ontology.label(Vocabulary.FAMILY_SHELTER, "es"));
        assertEquals("Abri pou fanmi", ontology.label(Vocabulary.FAMILY_SHELTER, "ht"));
    }

    @Test
    void shouldFallBackFromARegionalTagToItsLanguage() {
        assertEquals("Albergue", ontology.label(Vocabulary.SHELTER, "es-MX"));
    }

    @Test
    void shouldFallBackToSpanishThenEnglish() {
        assertEquals("Mam", ontology.label(Vocabulary.LANG_MAM, "ht"));
        assertEquals("Albergue", ontology.label(Vocabulary.SHELTER, "pt"));
        assertEquals("Albergue", ontology.label(Vocabulary.SHELTER, null));
    }

    @Test
    void shouldFallBackToTheLocalNameForAnUnknownIri() {
        assertEquals("unknown-thing", ontology.label("https://example.org/vocab#unknown-thing", "es"));
    }

    @Test
    void shouldPickAnyLanguageWhenNeitherSpanishNorEnglishExists() {
        Concept onlyFrench = new Concept("https://example.org/x#c", Scheme.SERVICE_CATEGORIES, Scheme.SERVICE_CATEGORIES.iri(),
                Map.of("fr", "Seulement"), Map.of(), Map.of(), Map.of(),
                Set.of(), Set.of(), Optional.empty(), Set.of());

        assertEquals("Seulement", onlyFrench.label("ht"));
    }

    @Test
    void shouldListAlternativeLabelsOfOneLanguage() {
        assertTrue(ontology.altLabels(Vocabulary.LABOUR_RIGHTS, "es").contains("Robo de salario"));
        assertTrue(ontology.altLabels(Vocabulary.LABOUR_RIGHTS, "xx").isEmpty());
    }

    @Test
    void shouldResolveIrisCompactIrisLocalNamesAndLabels() {
        assertEquals(Optional.of(Vocabulary.SHELTER), ontology.resolve(Vocabulary.SHELTER));
        assertEquals(Optional.of(Vocabulary.SHELTER), ontology.resolve("enl:shelter"));
        assertEquals(Optional.of(Vocabulary.SHELTER), ontology.resolve("shelter"));
        assertEquals(Optional.of(Vocabulary.TVRH), ontology.resolve("Tarjeta de Visitante por Razones Humanitarias (TVRH)"));
        assertEquals(Optional.of(Vocabulary.LABOUR_RIGHTS), ontology.resolve("wage theft"));
        assertEquals(Optional.of(Vocabulary.LANG_KICHE), ontology.resolve("quc"));
        assertEquals(Optional.of(Vocabulary.FOOD), ontology.resolve("Alimentacion"));
    }

    @Test
    void shouldResolveNothingForUnknownOrAmbiguousTerms() {
        assertEquals(Optional.empty(), ontology.resolve("https://w3id.org/enlace/ns#spaceship"));
        assertEquals(Optional.empty(), ontology.resolve("nonsense"));
        assertEquals(Optional.empty(), ontology.resolve("Albergue"));
        assertEquals(Optional.of(Vocabulary.SHELTER), ontology.resolve("Albergue", Scheme.SERVICE_CATEGORIES));
        assertEquals(Optional.of(Vocabulary.KIND_SHELTER), ontology.resolve("Albergue", Scheme.ORGANIZATION_KINDS));
    }
}
