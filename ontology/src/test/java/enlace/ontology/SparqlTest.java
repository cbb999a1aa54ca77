package enlace.ontology;

import enlace.ontology.OntologyException.Reason;
import enlace.ontology.SparqlAnswer.Form;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparqlTest {

    private static final String PREFIXES = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX enl: <https://w3id.org/enlace/ns#>
            """;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Ontology ontology = Fixtures.SHARED;

    @Test
    void shouldAnswerASelect() {
        SparqlAnswer answer = query("SELECT ?c WHERE { ?c skos:broader enl:shelter }", null, 100);

        assertEquals(Form.SELECT, answer.form());
        assertEquals("application/sparql-results+json", answer.mediaType());
        assertTrue(answer.body().contains("https://w3id.org/enlace/ns#shelter-family"));
        assertFalse(answer.body().contains("https://w3id.org/enlace/ns#food-pantry"));
    }

    @Test
    void shouldCapTheNumberOfSolutions() {
        String body = query("SELECT ?c WHERE { ?c skos:inScheme enl:ServiceCategories }", "text/csv", 2).body();

        assertEquals(3, body.strip().lines().count(), body);
    }

    @Test
    void shouldAnswerAnAsk() {
        String body = query("ASK { enl:doc-tvrh enl:grants enl:right-work }", null, 10).body();

        assertTrue(body.replace(" ", "").contains("\"boolean\":true"));
    }

    @Test
    void shouldAnswerAConstructInTurtleAndJsonLd() {
        String construct = "CONSTRUCT { ?d enl:grants enl:right-work } WHERE { ?d enl:grants enl:right-work }";

        SparqlAnswer turtle = query(construct, "text/turtle", 100);
        SparqlAnswer jsonLd = query(construct, "application/ld+json", 100);

        assertEquals(Form.CONSTRUCT, turtle.form());
        assertTrue(turtle.body().contains("doc-tvrh"));
        assertTrue(jsonLd.body().contains("doc-tvrh"));
    }

    @Test
    void shouldAnswerADescribe() {
        SparqlAnswer answer = query("DESCRIBE enl:doc-fmm", null, 10);

        assertEquals("text/turtle", answer.mediaType());
        assertTrue(answer.body().contains("FMM"));
    }

    @Test
    void shouldRefuseAnUpdate() {
        OntologyException error = assertThrows(OntologyException.class,
                () -> query("INSERT DATA { enl:doc-fmm enl:grants enl:right-work }", null, 10));

        assertEquals(Reason.QUERY_REFUSED, error.reason());
        assertTrue(error.getMessage().contains("read-only"));
        assertEquals(ontology.rightsGrantedBy(List.of(Vocabulary.FMM)),
                Set.of(Vocabulary.RIGHT_STAY, Vocabulary.RIGHT_TRANSIT));
    }

    @Test
    void shouldRefuseRemoteServicesAndDatasets() {
        assertEquals(Reason.QUERY_REFUSED, assertThrows(OntologyException.class, () -> query(
                "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", null, 10)).reason());
        assertEquals(Reason.QUERY_REFUSED, assertThrows(OntologyException.class, () -> query(
                "SELECT * FROM <http://127.0.0.1:9/data> WHERE { ?s ?p ?o }", null, 10)).reason());
    }

    @Test
    void shouldStopAQueryThatRunsTooLong() {
        OntologyException error = assertThrows(OntologyException.class, () -> ontology.query(
                "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i", 0, Duration.ofMillis(50)));

        assertEquals(Reason.QUERY_TIMEOUT, error.reason());
        assertTrue(error.isRetryable());
    }

    @Test
    void shouldRejectAnInvalidQuery() {
        assertEquals(Reason.QUERY_INVALID,
                assertThrows(OntologyException.class, () -> query("SELEKT nothing", null, 10)).reason());
    }

    @Test
    void shouldRejectAMediaTypeThatDoesNotFitTheForm() {
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, assertThrows(OntologyException.class,
                () -> query("SELECT * WHERE { ?s ?p ?o }", "text/turtle", 10)).reason());
    }

    private SparqlAnswer query(String sparql, String mediaType, int limit) {
        return ontology.query(PREFIXES + sparql, mediaType, limit, TIMEOUT);
    }
}
