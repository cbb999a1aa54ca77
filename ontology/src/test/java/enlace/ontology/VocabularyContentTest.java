package enlace.ontology;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyContentTest {

    private final Ontology ontology = Fixtures.SHARED;

    @Test
    void shouldExposeTheVersion() {
        assertEquals("1.1.0", ontology.version());
        assertEquals("https://w3id.org/enlace/ns/1.1.0", ontology.versionIri());
    }

    @Test
    void shouldHaveAtLeastFortySharedCategories() {
        long shared = ontology.concepts(Scheme.SERVICE_CATEGORIES).stream().filter(Concept::isShared).count();
        assertTrue(shared >= 40, "only " + shared + " categories");
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void shouldLabelEveryConceptInSpanishAndEnglish(Scheme scheme) {
        List<String> missing = new ArrayList<>();
        for (Concept concept : ontology.concepts(scheme)) {
            if (!concept.prefLabels().containsKey("es") || !concept.prefLabels().containsKey("en")) {
                missing.add(concept.localName());
            }
        }
        assertTrue(missing.isEmpty(), "without es and en labels: " + missing);
    }

    @Test
    void shouldLabelTopCategoriesInFrenchAndHaitianCreole() {
        for (Concept concept : ontology.concepts(Scheme.SERVICE_CATEGORIES)) {
            if (concept.broader().isEmpty()) {
                assertTrue(concept.prefLabels().keySet().containsAll(List.of("fr", "ht")), concept.localName());
            }
        }
    }

    @Test
    void shouldPutEveryConceptInAScheme() {
        String orphans = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                ASK { ?c a skos:Concept FILTER NOT EXISTS { ?c skos:inScheme ?s . ?s a skos:ConceptScheme } }""";
        assertFalse(ask(orphans), "a concept without a scheme");
    }

    @Test
    void shouldDeclareBroaderAndNarrowerBothWays() {
        String oneWay = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                ASK { { ?a skos:broader ?b FILTER NOT EXISTS { ?b skos:narrower ?a } }
                      UNION { ?b skos:narrower ?a FILTER NOT EXISTS { ?a skos:broader ?b } } }""";
        assertFalse(ask(oneWay));
    }

    @Test
    void shouldMarkTopConceptsAndOnlyThem() {
        String wrongTop = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                ASK { { ?c skos:topConceptOf ?s ; skos:broader ?b }
                      UNION { ?c skos:inScheme ?s FILTER NOT EXISTS { ?c skos:broader ?b }
                              FILTER NOT EXISTS { ?c skos:topConceptOf ?s } } }""";
        assertFalse(ask(wrongTop));
    }

    @Test
    void shouldGiveEveryCategoryANotationAndAnHsdsCode() {
        String incomplete = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX enl: <https://w3id.org/enlace/ns#>
                ASK { ?c skos:inScheme enl:ServiceCategories
                      FILTER (NOT EXISTS { ?c skos:notation ?n } || NOT EXISTS { ?c enl:hsdsCode ?h }) }""";
        assertFalse(ask(incomplete));
    }

    @Test
    void shouldGiveEveryLanguageABcp47Tag() {
        for (Concept language : ontology.concepts(Scheme.LANGUAGES)) {
            assertTrue(language.notation().orElse("").matches("[a-z]{2,3}"), language.localName());
        }
    }

    @Test
    void shouldDeclareEveryTermNamedInVocabulary() throws IllegalAccessException {
        List<String> undeclared = new ArrayList<>();
        for (Field field : Vocabulary.class.getFields()) {
            String iri = (String) field.get(null);
            if (iri.startsWith(Vocabulary.NS) && !iri.equals(Vocabulary.NS) && !ask("ASK { <" + iri + "> a ?type }")) {
                undeclared.add(field.getName());
            }
        }
        assertTrue(undeclared.isEmpty(), "constants naming nothing: " + undeclared);
    }

    @Test
    void shouldKeepFixedLocalNames() {
        for (String name : List.of("shelter", "shelter-family", "shelter-women-children", "shelter-minors",
                "shelter-men", "shelter-lgbti", "food", "food-soup-kitchen", "food-pantry", "health",
                "health-primary-care", "health-mental", "psychosocial-support", "health-sexual-reproductive",
                "legal-aid", "legal-asylum", "legal-regularisation", "legal-human-rights", "documentation",
                "documentation-curp", "documentation-rfc", "employment", "employment-vacancy", "employment-placement",
                "employment-training", "employment-labour-rights", "financial", "financial-bank-account",
                "financial-remittances", "education", "education-enrolment", "education-spanish",
                "education-certificate-validation", "migrant-attention", "transport", "family-reunification",
                "hygiene", "clothing", "communication", "interpretation", "childcare", "kind-dam", "kind-shelter",
                "kind-public-institution", "kind-civil-society", "kind-employer", "kind-financial-institution",
                "kind-health-provider", "kind-international-organisation", "kind-faith-based", "doc-tvrh",
                "doc-curp-temporary", "doc-curp", "doc-comar-certificate", "doc-fmm", "doc-temporary-resident-card",
                "doc-permanent-resident-card", "doc-passport", "doc-birth-certificate", "doc-consular-id",
                "doc-refugee-recognition", "right-work", "right-health-care", "right-education", "right-bank-account",
                "right-stay", "right-transit", "lang-es", "lang-en", "lang-fr", "lang-ht", "lang-pt", "lang-mam",
                "lang-kiche", "lang-garifuna")) {
            assertTrue(ontology.concept(Vocabulary.NS + name).isPresent(), name);
        }
    }

    @Test
    void shouldServeTurtleAndJsonLd() {
        assertTrue(ontology.toTurtle().contains("enl:shelter-family"));
        assertTrue(ontology.toJsonLd().contains("\"@context\""));
    }

    private boolean ask(String query) {
        String body = ontology.query(query, "application/sparql-results+json", 0, Duration.ofSeconds(5)).body();
        return body.replace(" ", "").contains("\"boolean\":true");
    }
}
