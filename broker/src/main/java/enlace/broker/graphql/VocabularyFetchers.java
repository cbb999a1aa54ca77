package enlace.broker.graphql;

import enlace.broker.directory.InvalidArgument;
import enlace.graph.service.Service;
import enlace.ontology.Concept;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The shared vocabulary in GraphQL: concepts with labels in the asked language, and document rights. */
final class VocabularyFetchers {

  /** A concept and the language its labels default to (the one the list was asked in). */
  record ConceptView(Concept concept, String lang) {}

  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  private final Ontology ontology;

  VocabularyFetchers(Ontology ontology) {
    this.ontology = ontology;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type
        .dataFetcher("concepts", env -> views(ontology.concepts(Scheme.valueOf(env.getArgument("scheme"))),
            lang(env, "lang")))
        .dataFetcher("concept", env -> ontology.resolve(env.<String>getArgument("iri"))
            .flatMap(ontology::concept).map(c -> new ConceptView(c, lang(env, "lang"))).orElse(null))
        .dataFetcher("documentTypes", env -> views(ontology.concepts(Scheme.DOCUMENTS), lang(env, "lang")))
        .dataFetcher("ontologyVersion", env -> ontology.version()));
    wiring.type("Service", type -> type
        .dataFetcher("categories", env -> related(env.<Service>getSource().categories(), "es"))
        .dataFetcher("acceptedDocuments", env -> related(env.<Service>getSource().acceptedDocuments(), "es")));
    wiring.type("Concept", type -> type
        .dataFetcher("iri", env -> view(env).concept().iri())
        .dataFetcher("curie", env -> view(env).concept().isShared() ? "enl:" + view(env).concept().localName() : null)
        .dataFetcher("label", env -> view(env).concept().label(labelLang(env)))
        .dataFetcher("altLabels", env -> ontology.altLabels(view(env).concept().iri(), labelLang(env)))
        .dataFetcher("definition", env -> pick(view(env).concept().definitions(), labelLang(env)))
        .dataFetcher("note", env -> pick(view(env).concept().restrictions(), labelLang(env)))
        .dataFetcher("scheme", env -> view(env).concept().scheme().name())
        .dataFetcher("notation", env -> view(env).concept().notation().orElse(null))
        .dataFetcher("broader", env -> related(view(env).concept().broader(), view(env).lang()))
        .dataFetcher("narrower", env -> related(view(env).concept().narrower(), view(env).lang()))
        .dataFetcher("grants", env -> view(env).concept().scheme() == Scheme.DOCUMENTS
            ? related(ontology.rightsGrantedBy(List.of(view(env).concept().iri())), view(env).lang())
            : List.of()));
  }

  /** Concept views for IRIs kept on directory records; unknown IRIs are left out. */
  List<ConceptView> related(Collection<String> iris, String lang) {
    return iris.stream().map(ontology::concept).flatMap(Optional::stream).map(c -> new ConceptView(c, lang)).toList();
  }

  private static List<ConceptView> views(List<Concept> concepts, String lang) {
    return concepts.stream().map(c -> new ConceptView(c, lang)).toList();
  }

  private static ConceptView view(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static String labelLang(DataFetchingEnvironment env) {
    String asked = env.getArgument("lang");
    return asked != null ? lang(asked) : view(env).lang();
  }

  private static String lang(DataFetchingEnvironment env, String argument) {
    String asked = env.getArgument(argument);
    return asked == null ? "es" : lang(asked);
  }

  private static String lang(String tag) {
    if (!LANGUAGE.matcher(tag).matches()) {
      throw new InvalidArgument("lang", "not a BCP 47 language tag: " + tag);
    }
    return tag;
  }

  private static String pick(java.util.Map<String, String> byLanguage, String lang) {
    var primary = lang.split("-")[0];
    for (var candidate : List.of(lang, primary, "es", "en")) {
      if (byLanguage.containsKey(candidate)) {
        return byLanguage.get(candidate);
      }
    }
    return byLanguage.values().stream().findFirst().orElse(null);
  }
}
