package enlace.broker.documents;

import java.util.Map;

/** The page's own words, Spanish first, English second; everything about documents comes from the ontology. */
enum PageText {
  ES("es", Map.ofEntries(
      Map.entry("title", "Qué permite cada documento de una persona migrante"),
      Map.entry("lead", "Para empleadores, bancos y oficinas: qué puede hacer en México quien presenta cada "
          + "documento, con su fundamento legal. Generado del vocabulario compartido de Enlace."),
      Map.entry("skip", "Saltar al contenido"),
      Map.entry("other", "English"),
      Map.entry("caption", "Documentos migratorios y de identidad, y lo que permiten"),
      Map.entry("document", "Documento"),
      Map.entry("validity", "Vigencia"),
      Map.entry("restrictions", "Restricciones"),
      Map.entry("basis", "Fundamento legal"),
      Map.entry("yes", "Sí"),
      Map.entry("yesWith", "Sí, junto con %s"),
      Map.entry("no", "No"),
      Map.entry("unknown", "Sin dato"),
      Map.entry("legend", "Sí: el documento lo permite por sí solo. No: la ley no lo permite. Sin dato: la ley no lo "
          + "dice o no está confirmado; no es motivo para negar el servicio: pregunte a la autoridad."),
      Map.entry("everyone", "Para toda persona, sea cual sea su documento:"),
      Map.entry("nearTitle", "Servicios cercanos que aceptan cada documento"),
      Map.entry("municipality", "Municipio (nombre o clave INEGI)"),
      Map.entry("radius", "Radio"),
      Map.entry("search", "Buscar"),
      Map.entry("around", "A %d km de %s, %s"),
      Map.entry("nothing", "Ningún servicio de este nodo a %d km nombra este documento."),
      Map.entry("noneNamed", "Ningún servicio de este nodo a %d km de %s nombra alguno de estos documentos."),
      Map.entry("more", "y %d más"),
      Map.entry("open", "%d servicios a esa distancia no piden ningún documento."),
      Map.entry("didYouMean", "«%s» no es un municipio que conozcamos. ¿Quiso decir…?"),
      Map.entry("whichOne", "Hay varios municipios «%s». ¿Cuál?"),
      Map.entry("noPoint", "No conocemos el punto de %s; elija un municipio vecino."),
      Map.entry("generated", "Generado del vocabulario de Enlace, versión %s"),
      Map.entry("ontology", "la ontología completa"),
      Map.entry("lawText", "texto de la ley (%s)"),
      Map.entry("km", "%s km"))),
  EN("en", Map.ofEntries(
      Map.entry("title", "What each document of a migrant allows"),
      Map.entry("lead", "For employers, banks and offices: what a person presenting each document may do in "
          + "Mexico, with its legal basis. Generated from Enlace's shared vocabulary."),
      Map.entry("skip", "Skip to content"),
      Map.entry("other", "Español"),
      Map.entry("caption", "Migration and identity documents, and what they allow"),
      Map.entry("document", "Document"),
      Map.entry("validity", "Validity"),
      Map.entry("restrictions", "Restrictions"),
      Map.entry("basis", "Legal basis"),
      Map.entry("yes", "Yes"),
      Map.entry("yesWith", "Yes, together with %s"),
      Map.entry("no", "No"),
      Map.entry("unknown", "Not recorded"),
      Map.entry("legend", "Yes: the document allows it on its own. No: the law does not allow it. Not recorded: the "
          + "law does not say or it is not confirmed; it is no reason to refuse the service: ask the authority."),
      Map.entry("everyone", "For everyone, whatever their document:"),
      Map.entry("nearTitle", "Services nearby that accept each document"),
      Map.entry("municipality", "Municipality (name or INEGI code)"),
      Map.entry("radius", "Radius"),
      Map.entry("search", "Search"),
      Map.entry("around", "Within %d km of %s, %s"),
      Map.entry("nothing", "No service of this node within %d km names this document."),
      Map.entry("noneNamed", "No service of this node within %d km of %s names any of these documents."),
      Map.entry("more", "and %d more"),
      Map.entry("open", "%d services that near ask for no document at all."),
      Map.entry("didYouMean", "'%s' is not a municipality we know. Did you mean…?"),
      Map.entry("whichOne", "Several municipalities are called '%s'. Which one?"),
      Map.entry("noPoint", "We do not know where %s is; choose a neighbouring municipality."),
      Map.entry("generated", "Generated from Enlace's vocabulary, version %s"),
      Map.entry("ontology", "the whole ontology"),
      Map.entry("lawText", "text of the law (%s)"),
      Map.entry("km", "%s km")));

  private final String lang;
  private final Map<String, String> words;

  PageText(String lang, Map<String, String> words) {
    this.lang = lang;
    this.words = words;
  }

  static PageText of(String lang) {
    return "en".equals(lang) ? EN : ES;
  }

  String lang() {
    return lang;
  }

  PageText other() {
    return this == ES ? EN : ES;
  }

  String get(String key, Object... arguments) {
    var word = words.get(key);
    return arguments.length == 0 ? word : word.formatted(arguments);
  }
}
