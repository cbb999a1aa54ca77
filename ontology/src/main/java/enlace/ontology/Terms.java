package enlace.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SKOS;

import java.util.List;

final class Terms {

    static final Property GRANTS = ResourceFactory.createProperty(Vocabulary.GRANTS);
    static final Property REQUIRES = ResourceFactory.createProperty(Vocabulary.REQUIRES);
    static final Property RESTRICTION = ResourceFactory.createProperty(Vocabulary.RESTRICTION);
    static final Property DOES_NOT_GRANT = ResourceFactory.createProperty(Vocabulary.DOES_NOT_GRANT);
    static final Property LEGAL_BASIS = ResourceFactory.createProperty(Vocabulary.LEGAL_BASIS);
    static final Property LEGAL_TEXT = ResourceFactory.createProperty(Vocabulary.LEGAL_TEXT);
    static final Property VALIDITY = ResourceFactory.createProperty(Vocabulary.VALIDITY);
    static final Property EXTENDS_SCHEME = ResourceFactory.createProperty(Vocabulary.EXTENDS_SCHEME);
    static final Resource JOINT_GRANT = ResourceFactory.createResource(Vocabulary.JOINT_GRANT);
    static final Resource ONTOLOGY = ResourceFactory.createResource(Vocabulary.ONTOLOGY);

    static final List<Property> MAPPINGS_UP = List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch);
    static final List<Property> MAPPINGS_DOWN = List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.narrowMatch);

    private Terms() {
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        if (cut < 0) {
            cut = iri.indexOf(':');
        }
        return iri.substring(cut + 1);
    }

    static String namespace(String iri) {
        return iri.substring(0, iri.length() - localName(iri).length());
    }
}
