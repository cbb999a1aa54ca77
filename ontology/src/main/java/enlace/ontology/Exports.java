package enlace.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

import java.io.StringWriter;

final class Exports {

    private final Model model;
    private volatile String turtle;
    private volatile String jsonLd;

    Exports(Model model) {
        this.model = model;
    }

    String turtle() {
        String result = turtle;
        if (result == null) {
            result = write(RDFFormat.TURTLE_PRETTY);
            turtle = result;
        }
        return result;
    }

    String jsonLd() {
        String result = jsonLd;
        if (result == null) {
            result = write(RDFFormat.JSONLD11);
            jsonLd = result;
        }
        return result;
    }

    private String write(RDFFormat format) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, format);
        return out.toString();
    }
}
