package enlace.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordFactsTest {

    private final Ontology ontology = Fixtures.SHARED;

    @Test
    void shouldAcceptAServiceDescribedAsFacts() {
        var report = ontology.validate(new RecordFacts("s1", "Service", Map.of(
                "name", List.of("Albergue Belén"),
                "category", List.of(URI.create(Vocabulary.NS + "shelter-family")),
                "capacityTotal", List.of(40), "capacityAvailable", List.of(3))));
        assertTrue(report.conforms(), report.violations().toString());
    }

    @Test
    void shouldNameTheUnknownCategoryAndTheMissingName() {
        var report = ontology.validate(new RecordFacts("s2", "Service", Map.of(
                "category", List.of(URI.create(Vocabulary.NS + "spa")))));
        assertFalse(report.conforms());
        var text = report.violations().toString();
        assertTrue(text.contains("spa"), text);
        assertTrue(report.violations().stream().anyMatch(v -> v.field().filter("name"::equals).isPresent()), text);
    }
}
