package enlace.ontology;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why {@link Words#THRESHOLD} is where it is: near hits written the way offices write (typos, extra words,
 * shortened labels) must clear it, near misses that share a word with a label (haircuts, pet shelters, blood
 * donation) must stay well under it, and what lies in between is not taken but offered as the first candidate.
 */
class WordsThresholdTest {

    private static final Words WORDS = Fixtures.SHARED.words();
    /** How far under the threshold a near miss must stay, so that a new label does not tip it over. */
    private static final double MISS_MARGIN = 0.05;
    /** How far over the threshold the weakest guessed near hit must be. */
    private static final double HIT_MARGIN = 0.03;

    private record Row(Scheme scheme, String text, String expected) {}

    @Test
    void nearHitsResolveToTheirConcept() throws IOException {
        double weakest = 1;
        for (var row : rows()) {
            if (row.expected().startsWith("?") || row.expected().equals("-")) {
                continue;
            }
            var found = assertInstanceOf(WordMatch.Found.class, WORDS.match(row.text(), row.scheme()), row.text());
            assertEquals(row.expected(), found.concept().localName(), row.text());
            if (found.how() == WordMatch.How.SIMILAR) {
                weakest = Math.min(weakest, found.score());
            }
        }
        assertTrue(weakest >= Words.THRESHOLD + HIT_MARGIN, "the weakest guessed near hit scores " + weakest);
    }

    @Test
    void nearMissesResolveToNothingAndStayUnderTheThreshold() throws IOException {
        for (var row : rows()) {
            if (!row.expected().equals("-")) {
                continue;
            }
            var missed = assertInstanceOf(WordMatch.NotFound.class, WORDS.match(row.text(), row.scheme()), row.text());
            double best = missed.candidates().isEmpty() ? 0 : missed.candidates().getFirst().score();
            assertTrue(best < Words.THRESHOLD - MISS_MARGIN, row.text() + " scores " + best);
        }
    }

    @Test
    void wordsInBetweenAreOfferedAsTheFirstCandidate() throws IOException {
        for (var row : rows()) {
            if (!row.expected().startsWith("?")) {
                continue;
            }
            var missed = assertInstanceOf(WordMatch.NotFound.class, WORDS.match(row.text(), row.scheme()), row.text());
            assertEquals(Vocabulary.NS + row.expected().substring(1), missed.candidates().getFirst().iri(), row.text());
        }
    }

    private static List<Row> rows() throws IOException {
        try (InputStream in = WordsThresholdTest.class.getResourceAsStream("/enlace/ontology/words/near-hits-and-misses.csv")) {
            var rows = new ArrayList<Row>();
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var cells = line.split(",");
                rows.add(new Row(Scheme.valueOf(cells[0]), cells[1], cells[2].strip()));
            }
            return rows;
        }
    }
}
