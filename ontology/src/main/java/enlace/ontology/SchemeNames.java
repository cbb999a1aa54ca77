package enlace.ontology;

import java.util.Map;

/** How messages name what a scheme holds, in Spanish and English. */
final class SchemeNames {

    private record Names(String the, String theEnglish, String unknown, String unknownEnglish) {}

    private static final Map<Scheme, Names> NAMES = Map.of(
            Scheme.SERVICE_CATEGORIES, new Names("la categoría", "the category", "categoría desconocida",
                    "unknown category"),
            Scheme.ORGANIZATION_KINDS, new Names("el tipo de organización", "the organisation kind",
                    "tipo de organización desconocido", "unknown organisation kind"),
            Scheme.DOCUMENTS, new Names("el documento", "the document", "documento desconocido", "unknown document"),
            Scheme.RIGHTS, new Names("el derecho", "the right", "derecho desconocido", "unknown right"),
            Scheme.LANGUAGES, new Names("el idioma", "the language", "idioma desconocido", "unknown language"));

    private SchemeNames() {
    }

    /** "la categoría" / "the category". */
    static String the(Scheme scheme, boolean english) {
        var names = NAMES.get(scheme);
        return english ? names.theEnglish() : names.the();
    }

    /** "categoría desconocida" / "unknown category". */
    static String unknown(Scheme scheme, boolean english) {
        var names = NAMES.get(scheme);
        return english ? names.unknownEnglish() : names.unknown();
    }
}
