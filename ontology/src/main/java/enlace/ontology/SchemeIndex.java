package enlace.ontology;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labels of one scheme's concepts, folded, for matching written words: by key (same words in any order)
 * and by similarity. Similarity is a soft token-set measure in the manner of soft TF-IDF (Cohen, Ravikumar
 * and Fienberg, 2003): words are weighted by how rare they are among the scheme's labels (IDF), and a word
 * counts as present in the other text when an equal word, or one at least {@link #WORD_SIMILARITY} alike by
 * Jaro–Winkler, is there. A typo in a rare word costs little; a common word such as "albergue" decides little;
 * a word no label uses weighs like an average word.
 */
final class SchemeIndex {

    /** Jaro–Winkler above which two words of four or more letters count as the same word (typos, gender). */
    static final double WORD_SIMILARITY = 0.9;
    /** Shorter words (acronyms: INM, DIF, SNE) must be equal. */
    static final int FUZZY_LENGTH = 4;
    /** The share of the score that comes from how much of what was written the label covers. */
    static final double WRITTEN_WEIGHT = 0.7;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private record Entry(Concept concept, List<String> words, Map<String, Double> weights) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Set<Concept>> byKey = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double unknownIdf;

    SchemeIndex(List<Concept> concepts) {
        var labelled = new ArrayList<Map.Entry<Concept, List<String>>>();
        for (var concept : concepts) {
            for (var words : labelWords(concept)) {
                if (!words.isEmpty()) {
                    labelled.add(Map.entry(concept, words));
                    byKey.computeIfAbsent(Folding.key(words), k -> new LinkedHashSet<>()).add(concept);
                }
            }
        }
        var documentFrequency = new HashMap<String, Integer>();
        labelled.forEach(e -> new LinkedHashSet<>(e.getValue()).forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
        int n = Math.max(1, labelled.size());
        documentFrequency.forEach((word, df) -> idf.put(word, Math.log(1.0 + (double) n / df)));
        this.unknownIdf = idf.values().stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
        labelled.forEach(e -> entries.add(new Entry(e.getKey(), e.getValue(), weights(e.getValue(), idf::get))));
    }

    /** Every way a concept is written: each label in any language, with and without what is in parentheses. */
    private static Set<List<String>> labelWords(Concept concept) {
        var labels = new ArrayList<>(concept.prefLabels().values());
        concept.altLabels().values().forEach(labels::addAll);
        var out = new LinkedHashSet<List<String>>();
        for (var label : labels) {
            out.add(Folding.words(label));
            out.add(Folding.wordsKeepingBrackets(label));
            Folding.bracketed(label).forEach(inside -> out.add(Folding.words(inside)));
        }
        concept.notation().ifPresent(code -> out.add(List.of(Folding.fold(code))));
        return out;
    }

    /** The concepts one of whose labels has exactly these words, in any order. */
    Set<Concept> byKey(String key) {
        return byKey.getOrDefault(key, Set.of());
    }

    /** Every concept with its best score against {@code words}, best first; concepts scoring 0 left out. */
    List<Map.Entry<Concept, Double>> ranked(List<String> words) {
        var query = weights(words, this::idfOf);
        var best = new LinkedHashMap<Concept, Double>();
        for (var entry : entries) {
            double score = score(query, entry.weights());
            if (score > 0) {
                best.merge(entry.concept(), score, Math::max);
            }
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<Concept, Double>comparingByValue().reversed()
                        .thenComparing(e -> !e.getKey().isShared())
                        .thenComparing(e -> e.getKey().iri()))
                .toList();
    }

    /** Concepts one of whose labels appears word for word inside {@code words}; a longer mention wins. */
    List<Concept> mentioned(List<String> words) {
        record Span(Concept concept, int from, int to) {}
        var spans = new ArrayList<Span>();
        for (var entry : entries) {
            int length = entry.words().size();
            if (String.join("", entry.words()).length() < 3) {
                continue;
            }
            for (int from = 0; from + length <= words.size(); from++) {
                if (words.subList(from, from + length).equals(entry.words())) {
                    spans.add(new Span(entry.concept(), from, from + length));
                }
            }
        }
        var out = new LinkedHashSet<Concept>();
        spans.stream().sorted(Comparator.comparingInt(Span::from))
                .filter(s -> spans.stream().noneMatch(o -> o != s && o.from() <= s.from() && s.to() <= o.to()
                        && o.to() - o.from() > s.to() - s.from()))
                .forEach(s -> out.add(s.concept()));
        return List.copyOf(out);
    }

    /** An unseen word weighs like the label word it resembles (a typo of a common word stays common). */
    private double idfOf(String word) {
        var known = idf.get(word);
        if (known != null) {
            return known;
        }
        double bestSimilarity = 0;
        double weight = unknownIdf;
        for (var e : idf.entrySet()) {
            double s = similarity(word, e.getKey());
            if (s > bestSimilarity) {
                bestSimilarity = s;
                weight = e.getValue();
            }
        }
        return weight;
    }

    private static Map<String, Double> weights(List<String> words, java.util.function.ToDoubleFunction<String> idf) {
        var out = new LinkedHashMap<String, Double>();
        new LinkedHashSet<>(words).forEach(w -> out.put(w, idf.applyAsDouble(w)));
        return out;
    }

    /**
     * How much of each side the other covers, by weight, with similar words counting at their similarity;
     * each word of one side pairs with at most one of the other, the closest pairs first. The written side's
     * coverage counts most ({@link #WRITTEN_WEIGHT}): people shorten labels ("Albergue para mujeres" for
     * "Albergue para mujeres, niñas y niños") more often than they write a word that means nothing.
     */
    static double score(Map<String, Double> written, Map<String, Double> label) {
        record Pair(String x, String y, double similarity) {}
        var pairs = new ArrayList<Pair>();
        for (var x : written.keySet()) {
            for (var y : label.keySet()) {
                double s = similarity(x, y);
                if (s >= WORD_SIMILARITY) {
                    pairs.add(new Pair(x, y, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
        var usedX = new java.util.HashSet<String>();
        var usedY = new java.util.HashSet<String>();
        double coveredX = 0;
        double coveredY = 0;
        for (var p : pairs) {
            if (!usedX.contains(p.x()) && !usedY.contains(p.y())) {
                usedX.add(p.x());
                usedY.add(p.y());
                coveredX += written.get(p.x()) * p.similarity();
                coveredY += label.get(p.y()) * p.similarity();
            }
        }
        double totalX = written.values().stream().mapToDouble(Double::doubleValue).sum();
        double totalY = label.values().stream().mapToDouble(Double::doubleValue).sum();
        if (coveredX == 0 || totalX == 0 || totalY == 0) {
            return 0;
        }
        return Math.pow(coveredX / totalX, WRITTEN_WEIGHT) * Math.pow(coveredY / totalY, 1 - WRITTEN_WEIGHT);
    }

    static double similarity(String x, String y) {
        if (x.equals(y)) {
            return 1.0;
        }
        if (x.length() < FUZZY_LENGTH || y.length() < FUZZY_LENGTH) {
            return 0.0;
        }
        return JARO_WINKLER.apply(x, y);
    }
}
