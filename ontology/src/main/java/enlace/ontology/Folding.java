package enlace.ontology;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How a written word is folded before it is compared: case, accents, punctuation and parenthesised parts
 * ignored, dotted initials joined ("A.C." is "ac"), Spanish and English stop words and neutral qualifiers
 * dropped, singular and plural alike. Two texts with the same
 * {@link #key} name the same thing whatever their word order.
 */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern DOTTED_INITIAL = Pattern.compile("\\b(\\p{L})\\.\\s?(?=\\p{L}\\b)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of(
            "de", "del", "la", "las", "el", "los", "lo", "y", "e", "o", "u", "a", "al", "en", "para", "por", "con",
            "sin", "un", "una", "unos", "unas", "que", "se", "su", "sus", "sobre", "ante",
            "the", "of", "and", "or", "for", "to", "in", "on", "with", "an", "at", "by", "from");
    /**
     * Words that qualify without changing what is meant: "gratuito", "municipal", "vigente", a country or a
     * nationality ("Consulado de Honduras" is a consulate, "Comedor para migrantes hondureños" a soup kitchen).
     */
    private static final Set<String> NEUTRAL_WORDS = Set.of(
            "gratuito", "gratuita", "gratuitos", "gratuitas", "gratis", "free", "municipal", "municipales", "estatal",
            "estatales", "federal", "federales", "nacional", "nacionales", "publico", "publica", "publicos",
            "publicas", "public", "vigente", "vigentes", "valido", "valida", "original", "copia", "copy", "valid",
            "guatemala", "honduras", "salvador", "nicaragua", "panama", "costa", "rica", "belice", "cuba", "haiti",
            "venezuela", "colombia", "ecuador", "peru", "brasil", "chile", "argentina", "bolivia", "paraguay",
            "uruguay", "dominicana", "mexico", "unidos", "canada", "espana",
            "guatemalteco", "guatemalteca", "guatemaltecos", "guatemaltecas", "hondureno", "hondurena", "hondurenos",
            "hondurenas", "salvadoreno", "salvadorena", "salvadorenos", "salvadorenas", "nicaraguense",
            "nicaraguenses", "haitiano", "haitiana", "haitianos", "haitianas", "cubano", "cubana", "cubanos", "cubanas",
            "venezolano", "venezolana", "venezolanos", "venezolanas", "colombiano", "colombiana", "colombianos",
            "colombianas", "ecuatoriano", "ecuatoriana", "ecuatorianos", "ecuatorianas", "mexicano", "mexicana",
            "mexicanos", "mexicanas", "centroamericano", "centroamericana", "centroamericanos", "centroamericanas",
            "extranjero", "extranjera", "extranjeros", "extranjeras");

    private Folding() {
    }

    /** Lower case without accents or marks; {@code ñ} becomes {@code n}. */
    static String fold(String text) {
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The meaningful words of {@code text} in their order, parenthesised parts left out. */
    static List<String> words(String text) {
        return words(text, false);
    }

    /** The meaningful words, with what stood in parentheses kept as words of its own. */
    static List<String> wordsKeepingBrackets(String text) {
        return words(text, true);
    }

    /** What stood in parentheses, e.g. the acronym in "Dirección de Atención al Migrante (DAM)". */
    static List<String> bracketed(String text) {
        var out = new ArrayList<String>();
        var matcher = BRACKETED.matcher(text);
        while (matcher.find()) {
            var inside = matcher.group();
            out.add(inside.substring(1, inside.length() - 1));
        }
        return out;
    }

    /** The words as a set in a fixed order: texts that differ only in word order share a key. */
    static String key(String text) {
        return String.join(" ", new TreeSet<>(words(text)));
    }

    static String key(List<String> words) {
        return String.join(" ", new TreeSet<>(words));
    }

    private static List<String> words(String text, boolean keepBrackets) {
        var plain = fold(text == null ? "" : text);
        if (!keepBrackets) {
            plain = BRACKETED.matcher(plain).replaceAll(" ");
        }
        plain = DOTTED_INITIAL.matcher(plain).replaceAll("$1");
        var out = new ArrayList<String>();
        for (var word : NOT_WORD.split(plain)) {
            if (word.isEmpty() || STOP_WORDS.contains(word) || NEUTRAL_WORDS.contains(word)
                    || word.length() == 1 && !Character.isDigit(word.charAt(0))) {
                continue;
            }
            out.add(stem(word));
        }
        return out;
    }

    /**
     * A light stem that a singular and its plural share, Spanish or English: a final "s" goes ("albergues",
     * "documentos"), then a final "e" after a consonant ("mujeres" and "mujer" both become "mujer", "hombres"
     * and "hombre" both "hombr"); "-ces" becomes "z" ("luces"), English "-ies" becomes "y" ("families"). Words
     * that only look plural ("crisis", "virus") and short words stay.
     */
    static String stem(String word) {
        int n = word.length();
        if (n <= 3 || Character.isDigit(word.charAt(n - 1))) {
            return word;
        }
        if (word.endsWith("ies") && n > 4) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("ces") && n > 4) {
            return word.substring(0, n - 3) + "z";
        }
        var out = word;
        if (out.endsWith("s") && !out.endsWith("ss") && !out.endsWith("us") && !out.endsWith("is")) {
            out = out.substring(0, out.length() - 1);
        }
        int m = out.length();
        if (m > 3 && out.charAt(m - 1) == 'e' && "aeiou".indexOf(out.charAt(m - 2)) < 0) {
            out = out.substring(0, m - 1);
        }
        return out;
    }
}
