package enlace.ontology;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

final class Expansions {

    private Expansions() {
    }

    static Map<String, Set<String>> compute(Map<String, Concept> concepts) {
        Map<String, Set<String>> down = downwardEdges(concepts.values());
        Map<String, Set<String>> expansions = new HashMap<>();
        for (Concept concept : concepts.values()) {
            Set<String> start = new LinkedHashSet<>();
            start.add(concept.iri());
            start.addAll(concept.mappedTo());
            expansions.put(concept.iri(), Set.copyOf(reach(start, down)));
        }
        return Map.copyOf(expansions);
    }

    private static Map<String, Set<String>> downwardEdges(Collection<Concept> concepts) {
        Map<String, Set<String>> down = new HashMap<>();
        for (Concept concept : concepts) {
            down.computeIfAbsent(concept.iri(), k -> new HashSet<>()).addAll(concept.narrower());
            for (String target : concept.mappedTo()) {
                down.computeIfAbsent(target, k -> new HashSet<>()).add(concept.iri());
            }
        }
        return down;
    }

    private static Set<String> reach(Set<String> start, Map<String, Set<String>> edges) {
        Set<String> seen = new HashSet<>(start);
        Deque<String> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty()) {
            for (String next : edges.getOrDefault(queue.poll(), Set.of())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
