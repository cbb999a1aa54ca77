package enlace.ontology;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

final class Labels {

    private Labels() {
    }

    static Optional<String> pick(Map<String, String> byLang, String lang) {
        if (byLang.isEmpty()) {
            return Optional.empty();
        }
        for (String candidate : fallbacks(lang)) {
            String label = byLang.get(candidate);
            if (label != null) {
                return Optional.of(label);
            }
        }
        return Optional.of(new TreeMap<>(byLang).firstEntry().getValue());
    }

    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String lang(String tag) {
        return tag == null ? "" : tag.toLowerCase(Locale.ROOT);
    }

    private static String[] fallbacks(String lang) {
        String tag = lang(lang);
        int dash = tag.indexOf('-');
        String primary = dash < 0 ? tag : tag.substring(0, dash);
        return new String[] {tag, primary, "es", "en"};
    }
}
