package enlace.ontology;

import enlace.ontology.OntologyException.Reason;
import enlace.ontology.SparqlAnswer.Form;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

final class MediaTypes {

    static final String SPARQL_JSON = "application/sparql-results+json";
    static final String TURTLE = "text/turtle";
    static final String JSON_LD = "application/ld+json";

    private static final Map<String, Lang> RESULTS = Map.of(
            SPARQL_JSON, ResultSetLang.RS_JSON,
            "application/sparql-results+xml", ResultSetLang.RS_XML,
            "text/csv", ResultSetLang.RS_CSV,
            "text/tab-separated-values", ResultSetLang.RS_TSV);

    private static final Map<String, RDFFormat> GRAPHS = Map.of(
            TURTLE, RDFFormat.TURTLE_PRETTY,
            JSON_LD, RDFFormat.JSONLD11,
            "application/n-triples", RDFFormat.NTRIPLES,
            "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

    private MediaTypes() {
    }

    static String choose(Form form, String requested) {
        String type = requested == null ? "" : requested.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean graph = form == Form.CONSTRUCT || form == Form.DESCRIBE;
        if (type.isEmpty() || type.equals("*/*")) {
            return graph ? TURTLE : SPARQL_JSON;
        }
        if (graph ? GRAPHS.containsKey(type) : RESULTS.containsKey(type)) {
            return type;
        }
        throw new OntologyException(Reason.UNSUPPORTED_MEDIA_TYPE, "a " + form + " answer cannot be written as "
                + type + "; use one of " + (graph ? GRAPHS.keySet() : RESULTS.keySet()));
    }

    static String write(Form form, String type, QueryExecution execution) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (form) {
            case SELECT -> ResultsWriter.create().lang(RESULTS.get(type)).build().write(out, execution.execSelect());
            case ASK -> ResultsWriter.create().lang(RESULTS.get(type)).build().write(out, execution.execAsk());
            case CONSTRUCT -> RDFDataMgr.write(out, execution.execConstruct(), GRAPHS.get(type));
            case DESCRIBE -> RDFDataMgr.write(out, execution.execDescribe(), GRAPHS.get(type));
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
