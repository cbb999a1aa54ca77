package enlace.ontology;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordsTest {

    private final Words words = Fixtures.SHARED.words();

    private String category(String text) {
        return words.match(text, Scheme.SERVICE_CATEGORIES).iri().orElse("none");
    }

    @Test
    void ignoresCaseAndAccents() {
        assertEquals(Vocabulary.FAMILY_SHELTER, category("ALBERGUE PARA FAMILIAS"));
        assertEquals(Vocabulary.NS + "health", category("atencion medica"));
    }

    @Test
    void ignoresPunctuation() {
        assertEquals(Vocabulary.FAMILY_SHELTER, category("Albergue, para familias."));
    }

    @Test
    void ignoresWhatStandsInParentheses() {
        assertEquals(Vocabulary.NS + "legal-regularisation", category("Regularización migratoria"));
        assertEquals(Vocabulary.FAMILY_SHELTER, category("Albergue para familias (cupo limitado)"));
    }

    @Test
    void takesAnAcronymInParenthesesAsAName() {
        assertEquals(Vocabulary.NS + "legal-asylum", category("COMAR"));
    }

    @Test
    void ignoresWordOrder() {
        assertEquals(Vocabulary.FAMILY_SHELTER, category("familias albergue"));
    }

    @Test
    void ignoresStopWords() {
        assertEquals(Vocabulary.FAMILY_SHELTER, category("albergue de las familias"));
        assertEquals(Vocabulary.FAMILY_SHELTER, category("a shelter for the families"));
    }

    @Test
    void treatsPluralsAsTheirSingular() {
        assertEquals(Vocabulary.FAMILY_SHELTER, category("Albergues para familias"));
        assertEquals(Vocabulary.NS + "food-soup-kitchen", category("comedores"));
        assertEquals("mujer", Folding.stem("mujeres"));
        assertEquals(Folding.stem("hombre"), Folding.stem("hombres"));
        assertEquals("luz", Folding.stem("luces"));
        assertEquals("family", Folding.stem("families"));
        assertEquals("crisis", Folding.stem("crisis"));
    }

    @Test
    void joinsDottedInitials() {
        assertEquals(Vocabulary.KIND_CIVIL_SOCIETY,
                words.match("A.C.", Scheme.ORGANIZATION_KINDS).iri().orElse("none"));
        assertEquals(Vocabulary.KIND_INTERNATIONAL_ORGANISATION,
                words.match("O. I. M.", Scheme.ORGANIZATION_KINDS).iri().orElse("none"));
    }

    @Test
    void ignoresQualifiersThatDoNotChangeTheMeaning() {
        assertEquals(Vocabulary.KIND_CONSULATE,
                words.match("Consulado de Honduras", Scheme.ORGANIZATION_KINDS).iri().orElse("none"));
        assertEquals(Vocabulary.NS + "doc-passport", words.match("pasaporte vigente", Scheme.DOCUMENTS).iri().orElse("none"));
    }

    @Test
    void recognisesTheAcronymsOfMexicanInstitutions() {
        for (var acronym : List.of("COMAR", "INM", "SNE", "DIF", "CNDH", "ACNUR", "UNHCR", "OIM", "IOM", "UNICEF")) {
            assertInstanceOf(WordMatch.Found.class, words.match(acronym, Scheme.ORGANIZATION_KINDS), acronym);
        }
        assertEquals(Vocabulary.NS + "kind-refugee-agency",
                words.match("COMAR", Scheme.ORGANIZATION_KINDS).iri().orElseThrow());
    }

    @Test
    void readsATypoAsTheClosestLabelAndSaysItGuessed() {
        var found = assertInstanceOf(WordMatch.Found.class, words.match("Alberge para hombres", Scheme.SERVICE_CATEGORIES));
        assertEquals(Vocabulary.NS + "shelter-men", found.concept().iri());
        assertEquals(WordMatch.How.SIMILAR, found.how());
        assertTrue(found.score() >= Words.THRESHOLD && found.score() < 1);
        assertEquals("se leyó 'Alberge para hombres' como la categoría Albergue para hombres (01.04)", found.explain("es"));
        assertEquals("read 'Alberge para hombres' as the category Shelter for men (01.04)", found.explain("en"));
    }

    @Test
    void listsTheThreeBestCandidatesWithLabelAndCodeWhenNothingIsCloseEnough() {
        var missed = assertInstanceOf(WordMatch.NotFound.class,
                words.match("Salud mental y apoyo emocional", Scheme.SERVICE_CATEGORIES));
        assertEquals(3, missed.candidates().size());
        assertEquals("03.02", missed.candidates().get(0).code());
        assertEquals("03.03", missed.candidates().get(1).code());
        var spanish = missed.explain("es");
        assertTrue(spanish.startsWith("categoría desconocida 'Salud mental y apoyo emocional'; ¿quiso decir "
                + "Salud mental (03.02), Apoyo psicosocial (03.03) o "), spanish);
        assertTrue(missed.explain("en").contains("; did you mean Mental health care (03.02), Psychosocial support (03.03) or "),
                missed.explain("en"));
    }

    @Test
    void listsNoCandidateForAWordLikeNoLabel() {
        var missed = assertInstanceOf(WordMatch.NotFound.class, words.match("Club deportivo", Scheme.ORGANIZATION_KINDS));
        assertEquals(List.of(), missed.candidates());
        assertEquals("tipo de organización desconocido 'Club deportivo'", missed.explain("es"));
    }

    @Test
    void stillResolvesIrisCompactIrisAndCodesExactly() {
        assertEquals(WordMatch.How.EXACT, ((WordMatch.Found) words.match("enl:shelter", Scheme.SERVICE_CATEGORIES)).how());
        assertEquals(Vocabulary.FAMILY_SHELTER, category("01.01"));
        assertEquals(Vocabulary.FAMILY_SHELTER, category(Vocabulary.FAMILY_SHELTER));
        assertEquals("none", category("enl:doc-tvrh"));
    }

    @Test
    void resolvesAValueTheRegionMapped() {
        var mapped = words.withMappings(List.of(
                new ValueMapping(Scheme.SERVICE_CATEGORIES, "Cortes de cabello", Vocabulary.NS + "hygiene")));
        var found = assertInstanceOf(WordMatch.Found.class, mapped.match("cortes  de CABELLO", Scheme.SERVICE_CATEGORIES));
        assertEquals(WordMatch.How.MAPPED, found.how());
        assertEquals(Vocabulary.NS + "hygiene", found.concept().iri());
        assertInstanceOf(WordMatch.NotFound.class, words.match("Cortes de cabello", Scheme.SERVICE_CATEGORIES));
    }

    @Test
    void ignoresAMappingToAConceptOfAnotherScheme() {
        var mapped = words.withMappings(List.of(
                new ValueMapping(Scheme.SERVICE_CATEGORIES, "Cortes de cabello", Vocabulary.NS + "doc-tvrh")));
        assertInstanceOf(WordMatch.NotFound.class, mapped.match("Cortes de cabello", Scheme.SERVICE_CATEGORIES));
    }

    @Test
    void findsTheDocumentsAFreeTextNames() {
        var named = words.mentioned("Any official identification document (Passport, Driver's Licence, identity card)",
                Scheme.DOCUMENTS);
        assertEquals(List.of(Vocabulary.NS + "doc-passport"), named.stream().map(Concept::iri).toList());
        var longerWins = words.mentioned("Copia de CURP temporal y acta de nacimiento", Scheme.DOCUMENTS);
        assertEquals(List.of(Vocabulary.NS + "doc-curp-temporary", Vocabulary.NS + "doc-birth-certificate"),
                longerWins.stream().map(Concept::iri).toList());
        assertEquals(List.of(), words.mentioned("comprobante de domicilio", Scheme.DOCUMENTS));
    }

    @Test
    void foldsAKeyThatIgnoresOrderCaseAndAccents() {
        assertEquals(words.key("Atención psicológica"), words.key("psicologica, ATENCION"));
    }
}
