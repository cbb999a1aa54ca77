package enlace.ontology;

import enlace.ontology.OntologyException.Reason;
import enlace.ontology.SparqlAnswer.Form;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.UpdateFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

final class SparqlEndpoint {

    private final Dataset dataset;

    SparqlEndpoint(Model vocabulary) {
        Model readOnly = ModelFactory.createModelForGraph(new GraphReadOnly(vocabulary.getGraph()));
        this.dataset = DatasetFactory.wrap(readOnly);
    }

    SparqlAnswer query(String sparql, String mediaType, int limit, Duration timeout) {
        Query query = parse(sparql);
        refuseRemoteData(query);
        Form form = form(query);
        String type = MediaTypes.choose(form, mediaType);
        if (limit > 0 && form != Form.ASK && (!query.hasLimit() || query.getLimit() > limit)) {
            query.setLimit(limit);
        }
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query)
                .set(ARQ.httpServiceAllowed, false)
                .timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS).build()) {
            return new SparqlAnswer(form, type, MediaTypes.write(form, type, execution));
        } catch (QueryCancelledException e) {
            throw new OntologyException(Reason.QUERY_TIMEOUT, "the query took longer than " + timeout, e);
        } catch (QueryDeniedException e) {
            throw new OntologyException(Reason.QUERY_REFUSED, "the query asks for a remote SERVICE", e);
        }
    }

    private static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            if (isUpdate(sparql)) {
                throw new OntologyException(Reason.QUERY_REFUSED,
                        "SPARQL Update is not allowed: the ontology endpoint is read-only", e);
            }
            throw new OntologyException(Reason.QUERY_INVALID, "the query cannot be parsed: " + e.getMessage(), e);
        }
    }

    private static boolean isUpdate(String sparql) {
        try {
            UpdateFactory.create(sparql);
            return true;
        } catch (QueryParseException e) {
            return false;
        }
    }

    private static void refuseRemoteData(Query query) {
        if (query.hasDatasetDescription()) {
            throw new OntologyException(Reason.QUERY_REFUSED, "FROM and FROM NAMED are not allowed: "
                    + "the endpoint answers over the loaded vocabulary only");
        }
        AtomicBoolean service = new AtomicBoolean();
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService element) {
                    service.set(true);
                }
            });
        }
        if (service.get()) {
            throw new OntologyException(Reason.QUERY_REFUSED, "SERVICE is not allowed: the endpoint does not "
                    + "call other endpoints");
        }
    }

    private static Form form(Query query) {
        return switch (query.queryType()) {
            case SELECT -> Form.SELECT;
            case ASK -> Form.ASK;
            case CONSTRUCT -> Form.CONSTRUCT;
            case DESCRIBE -> Form.DESCRIBE;
            case CONSTRUCT_JSON, UNKNOWN -> throw new OntologyException(Reason.QUERY_REFUSED,
                    "only SELECT, ASK, CONSTRUCT and DESCRIBE are answered, not "
                            + query.queryType().name().toLowerCase(Locale.ROOT));
        };
    }
}
