package enlace.ontology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

final class Resolver {

    private final Map<String, Concept> concepts;
    private final Map<String, String> namespaces;
    private final List<Map<String, List<Concept>>> tiers;

    Resolver(Map<String, Concept> concepts, Map<String, String> namespaces) {
        this.concepts = concepts;
        this.namespaces = Map.copyOf(namespaces);
        this.tiers = List.of(
                index(c -> Stream.of(c.localName())),
                index(c -> c.prefLabels().values().stream()),
                index(c -> c.altLabels().values().stream().flatMap(List::stream)),
                index(c -> c.notation().stream()));
    }

    Optional<Concept> resolve(String term, Predicate<Concept> filter) {
        if (term == null || term.isBlank()) {
            return Optional.empty();
        }
        String trimmed = term.strip();
        Concept exact = concepts.get(trimmed);
        if (exact != null || isAbsoluteIri(trimmed)) {
            return Optional.ofNullable(exact).filter(filter);
        }
        Optional<Concept> byCurie = expandCurie(trimmed).map(concepts::get);
        if (byCurie.isPresent()) {
            return byCurie.filter(filter);
        }
        String key = Labels.normalise(trimmed);
        for (Map<String, List<Concept>> tier : tiers) {
            List<Concept> candidates = tier.getOrDefault(key, List.of()).stream().filter(filter).toList();
            if (!candidates.isEmpty()) {
                return unambiguous(candidates);
            }
        }
        return Optional.empty();
    }

    private Optional<String> expandCurie(String term) {
        int colon = term.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String namespace = namespaces.get(term.substring(0, colon));
        return Optional.ofNullable(namespace).map(ns -> ns + term.substring(colon + 1));
    }

    private static Optional<Concept> unambiguous(List<Concept> candidates) {
        List<Concept> shared = candidates.stream().filter(Concept::isShared).distinct().toList();
        List<Concept> chosen = shared.isEmpty() ? candidates.stream().distinct().toList() : shared;
        return chosen.size() == 1 ? Optional.of(chosen.getFirst()) : Optional.empty();
    }

    private static boolean isAbsoluteIri(String term) {
        return term.startsWith("http://") || term.startsWith("https://") || term.startsWith("urn:");
    }

    private Map<String, List<Concept>> index(Function<Concept, Stream<String>> keys) {
        Map<String, List<Concept>> index = new HashMap<>();
        for (Concept concept : concepts.values()) {
            keys.apply(concept).map(Labels::normalise)
                    .forEach(key -> index.computeIfAbsent(key, k -> new ArrayList<>()).add(concept));
        }
        index.replaceAll((key, list) -> List.copyOf(list));
        return Map.copyOf(index);
    }
}
