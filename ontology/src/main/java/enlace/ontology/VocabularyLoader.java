package enlace.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

final class VocabularyLoader {

    static final String BUNDLED = "/enlace/ontology/enl.ttl";
    static final String SHAPES = "/enlace/ontology/shapes.ttl";

    private VocabularyLoader() {
    }

    static Model load(List<Path> regionalVocabularies) {
        Model model = bundled(BUNDLED);
        for (Path path : regionalVocabularies) {
            Model regional = regional(path);
            model.add(regional);
            regional.getNsPrefixMap().forEach((prefix, ns) -> {
                if (model.getNsPrefixURI(prefix) == null) {
                    model.setNsPrefix(prefix, ns);
                }
            });
        }
        return model;
    }

    static Model bundled(String resource) {
        try (InputStream in = VocabularyLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw invalid("the bundled resource " + resource + " is missing", null);
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(Vocabulary.ONTOLOGY).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RiotException e) {
            throw invalid("cannot parse the bundled resource " + resource + ": " + e.getMessage(), e);
        }
    }

    static String ontologyValue(Model model, Property property) {
        Statement statement = model.getProperty(model.createResource(Vocabulary.ONTOLOGY), property);
        if (statement == null) {
            throw invalid("<" + Vocabulary.ONTOLOGY + "> has no " + property.getLocalName(), null);
        }
        RDFNode value = statement.getObject();
        return value.isLiteral() ? value.asLiteral().getLexicalForm() : value.asResource().getURI();
    }

    private static Model regional(Path path) {
        if (!Files.isRegularFile(path)) {
            throw invalid("regional vocabulary " + path + " is not a readable file", null);
        }
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(path).parse(model);
        } catch (RiotException e) {
            throw invalid("cannot parse regional vocabulary " + path + ": " + e.getMessage(), e);
        }
        model.listStatements().forEach(statement -> refuseSharedSubject(path, statement));
        return model;
    }

    private static void refuseSharedSubject(Path path, Statement statement) {
        if (statement.getSubject().isURIResource() && statement.getSubject().getURI().startsWith(Vocabulary.NS)) {
            throw invalid("regional vocabulary " + path + " states " + statement.getPredicate().getLocalName()
                    + " about the shared term <" + statement.getSubject().getURI()
                    + ">: describe your own terms and map them onto shared ones with skos:broadMatch,"
                    + " skos:closeMatch or skos:exactMatch", null);
        }
    }

    private static OntologyException invalid(String message, Throwable cause) {
        return new OntologyException(OntologyException.Reason.INVALID_VOCABULARY, message, cause);
    }
}
