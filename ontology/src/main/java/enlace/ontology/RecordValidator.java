package enlace.ontology;

import enlace.ontology.OntologyException.Reason;
import enlace.ontology.ValidationReport.Severity;
import enlace.ontology.ValidationReport.Violation;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class RecordValidator {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::focusNode)
            .thenComparing(v -> v.path().orElse("")).thenComparing(Violation::message);

    private final Shapes shapes;
    private final Graph vocabularyTypes;
    private final PrefixMapping prefixes;

    RecordValidator(Model shapesModel, Map<String, Concept> concepts, PrefixMapping prefixes) {
        this.shapes = Shapes.parse(shapesModel);
        this.vocabularyTypes = types(concepts);
        this.prefixes = prefixes;
    }

    ValidationReport validate(Graph data) {
        org.apache.jena.shacl.ValidationReport report =
                ShaclValidator.get().validate(shapes, new Union(data, vocabularyTypes));
        return new ValidationReport(report.getEntries().stream().map(this::violation).sorted(ORDER).toList());
    }

    static Graph graph(RecordFacts facts) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node subject = NodeFactory.createURI("urn:enlace:record:" + facts.id());
        graph.add(Triple.create(subject, RDF.type.asNode(), NodeFactory.createURI(Vocabulary.NS + facts.type())));
        facts.properties().forEach((property, values) -> {
            Node predicate = NodeFactory.createURI(Vocabulary.NS + property);
            for (Object value : values) {
                graph.add(Triple.create(subject, predicate, node(value)));
            }
        });
        return graph;
    }

    private static Node node(Object value) {
        return switch (value) {
            case java.net.URI iri -> NodeFactory.createURI(iri.toString());
            case Integer n -> NodeFactory.createLiteralDT(n.toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
            case Long n -> NodeFactory.createLiteralDT(n.toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
            default -> NodeFactory.createLiteralString(value.toString());
        };
    }

    static Model parse(String content, String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        if (lang == null || !RDFLanguages.isTriples(lang)) {
            throw new OntologyException(Reason.UNSUPPORTED_MEDIA_TYPE, "cannot read records as " + mediaType);
        }
        Model data = ModelFactory.createDefaultModel();
        try {
            RDFParser.fromString(content, lang).parse(data);
        } catch (RiotException e) {
            throw new OntologyException(Reason.INVALID_DATA, "cannot parse the records: " + e.getMessage(), e);
        }
        return data;
    }

    private Violation violation(ReportEntry entry) {
        String focus = render(entry.focusNode(), false);
        Optional<String> path = Optional.ofNullable(entry.resultPath()).map(this::render);
        Optional<String> value = Optional.ofNullable(entry.value()).map(v -> render(v, true));
        String message = Optional.ofNullable(entry.message()).orElse("Invalid value")
                .replace("{$value}", value.orElse("")).replace("{?value}", value.orElse(""))
                .replace("{$this}", focus).replace("{?this}", focus)
                .replace("{$path}", path.orElse("")).replace("{?path}", path.orElse(""));
        return new Violation(focus, path, value, message, severity(entry));
    }

    private String render(Path path) {
        return path instanceof P_Link link ? render(link.getNode(), true) : path.toString();
    }

    private String render(Node node, boolean compact) {
        if (node.isURI()) {
            return compact ? prefixes.shortForm(node.getURI()) : node.getURI();
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        String datatype = node.getLiteralDatatypeURI();
        boolean text = datatype == null || datatype.equals(XSD.xstring.getURI()) || datatype.equals(RDF.langString.getURI());
        return text ? "\"" + node.getLiteralLexicalForm() + "\"" : node.getLiteralLexicalForm();
    }

    private static Severity severity(ReportEntry entry) {
        String level = entry.severity().level().getLocalName();
        return switch (level) {
            case "Warning" -> Severity.WARNING;
            case "Info" -> Severity.INFO;
            default -> Severity.VIOLATION;
        };
    }

    private static Graph types(Map<String, Concept> concepts) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Concept concept : concepts.values()) {
            Node node = NodeFactory.createURI(concept.iri());
            graph.add(Triple.create(node, RDF.type.asNode(), SKOS.Concept.asNode()));
            graph.add(Triple.create(node, RDF.type.asNode(), NodeFactory.createURI(concept.scheme().memberClass())));
        }
        return graph;
    }
}
