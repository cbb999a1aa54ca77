package enlace.ontology;

import java.net.URISyntaxException;
import java.nio.file.Path;

final class Fixtures {

    static final Ontology SHARED = Ontology.load();

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Ontology withNorth() {
        return Ontology.load(resource("/enlace/ontology/regional/test-north.ttl"));
    }
}
