package enlace.ontology;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static enlace.ontology.Vocabulary.NS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpansionTest {

    private final Ontology ontology = Fixtures.SHARED;

    @Test
    void shouldExpandShelterToEveryKindOfShelterButNotFood() {
        Set<String> expansion = ontology.expand(Vocabulary.SHELTER);

        assertTrue(expansion.containsAll(Set.of(Vocabulary.SHELTER, Vocabulary.FAMILY_SHELTER,
                Vocabulary.SHELTER_WOMEN_CHILDREN, Vocabulary.SHELTER_MINORS, Vocabulary.SHELTER_LGBTI)));
        assertFalse(expansion.contains(Vocabulary.FOOD));
        assertFalse(expansion.contains(Vocabulary.SOUP_KITCHEN));
    }

    @Test
    void shouldExpandANarrowConceptToItselfOnly() {
        assertEquals(Set.of(Vocabulary.FAMILY_SHELTER), ontology.expand(Vocabulary.FAMILY_SHELTER));
    }

    @Test
    void shouldPutPsychosocialSupportUnderHealth() {
        assertTrue(ontology.expand(Vocabulary.HEALTH).contains(Vocabulary.PSYCHOSOCIAL_SUPPORT));
        assertEquals(Set.of(Vocabulary.HEALTH), ontology.broader(Vocabulary.PSYCHOSOCIAL_SUPPORT));
    }

    @Test
    void shouldAcceptCompactIrisAndLocalNames() {
        Set<String> byIri = ontology.expand(Vocabulary.EMPLOYMENT);

        assertEquals(byIri, ontology.expand("enl:employment"));
        assertEquals(byIri, ontology.expand("employment"));
        assertTrue(byIri.contains(Vocabulary.LABOUR_RIGHTS));
    }

    @Test
    void shouldExpandSeveralTermsToTheUnion() {
        Set<String> expansion = ontology.expandAll(List.of("food", "legal-aid"));

        assertTrue(expansion.containsAll(Set.of(Vocabulary.FOOD_PANTRY, Vocabulary.ASYLUM, Vocabulary.REGULARISATION)));
        assertFalse(expansion.contains(Vocabulary.SHELTER));
    }

    @Test
    void shouldRefuseAnUnknownTerm() {
        OntologyException error = assertThrows(OntologyException.class, () -> ontology.expand("enl:spaceship"));

        assertEquals(OntologyException.Reason.UNKNOWN_TERM, error.reason());
        assertTrue(error.getMessage().contains("enl:spaceship"));
    }

    @Test
    void shouldAnswerDirectBroaderAndNarrower() {
        assertEquals(Set.of(Vocabulary.SHELTER), ontology.broader("shelter-family"));
        assertTrue(ontology.narrower(Vocabulary.SHELTER).contains(Vocabulary.FAMILY_SHELTER));
        assertFalse(ontology.narrower(Vocabulary.HEALTH).contains(NS + "shelter-family"));
        assertEquals(Set.of(), ontology.broader(Vocabulary.SHELTER));
        assertEquals(Set.of(), ontology.narrower("no-such-concept"));
    }

    @Test
    void shouldDescribeWageTheftUnderLabourRights() {
        Concept labourRights = ontology.concept(Vocabulary.LABOUR_RIGHTS).orElseThrow();

        assertTrue(labourRights.altLabels().get("en").contains("Wage theft"));
        assertTrue(labourRights.definitions().get("es").contains("robo"));
        assertEquals(Set.of(Vocabulary.EMPLOYMENT), labourRights.broader());
    }

    @Test
    void shouldListConceptsOfASchemeInNotationOrder() {
        List<Concept> categories = ontology.concepts(Scheme.SERVICE_CATEGORIES);

        assertEquals(Vocabulary.SHELTER, categories.getFirst().iri());
        assertTrue(categories.stream().allMatch(c -> c.scheme() == Scheme.SERVICE_CATEGORIES));
    }
}
