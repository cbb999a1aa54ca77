package enlace.connectors.imports;

import enlace.ontology.Concept;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * What imported words mean in the ontology: categories by IRI, code (notation), label or Open Eligibility
 * code (the ontology's {@code enl:hsdsCode}; where several concepts share a code, the broadest wins),
 * documents, organisation kinds and languages.
 */
public final class Terms {

  public static final String ENLACE_TAXONOMY = "Enlace";
  private static final Pattern BCP47 = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  private final Ontology ontology;
  private final Map<String, String> byHsdsCode;

  public Terms(Ontology ontology) {
    this.ontology = ontology;
    this.byHsdsCode = hsdsCodes(ontology);
  }

  public Ontology ontology() {
    return ontology;
  }

  public Optional<String> category(String term) {
    return blank(term) ? Optional.empty() : ontology.resolve(term.strip(), Scheme.SERVICE_CATEGORIES);
  }

  /** An HSDS taxonomy term: its URI, an Enlace code, an Open Eligibility code, then its name. */
  public Optional<String> hsdsCategory(String taxonomy, String code, String name, String uri) {
    if (!blank(uri)) {
      var byUri = category(uri);
      if (byUri.isPresent()) {
        return byUri;
      }
    }
    if (!blank(code)) {
      var enlace = taxonomy == null || taxonomy.equalsIgnoreCase(ENLACE_TAXONOMY);
      var byCode = enlace ? category(code) : Optional.<String>empty();
      if (byCode.isPresent()) {
        return byCode;
      }
      var openEligibility = byHsdsCode.get(code.strip().toLowerCase(Locale.ROOT));
      if (openEligibility != null) {
        return Optional.of(openEligibility);
      }
    }
    return category(name);
  }

  public Optional<String> document(String term) {
    return blank(term) ? Optional.empty() : ontology.resolve(term.strip(), Scheme.DOCUMENTS);
  }

  public Optional<String> organizationKind(String term) {
    return blank(term) ? Optional.empty() : ontology.resolve(term.strip(), Scheme.ORGANIZATION_KINDS);
  }

  /** A BCP 47 tag as given (lower-cased), or the tag of a language named by its label. */
  public Optional<String> language(String term) {
    if (blank(term)) {
      return Optional.empty();
    }
    var byName = ontology.resolve(term.strip(), Scheme.LANGUAGES).flatMap(ontology::concept).flatMap(Concept::notation);
    if (byName.isPresent()) {
      return byName;
    }
    var tag = term.strip();
    return BCP47.matcher(tag).matches() ? Optional.of(tag.toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  public String label(String iri, String lang) {
    return ontology.label(iri, lang);
  }

  public Optional<String> notation(String iri) {
    return ontology.concept(iri).flatMap(Concept::notation);
  }

  private static Map<String, String> hsdsCodes(Ontology ontology) {
    var answer = ontology.query("""
        PREFIX enl: <https://w3id.org/enlace/ns#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?concept ?code ?notation WHERE { ?concept enl:hsdsCode ?code ; skos:notation ?notation }
        """, "text/csv", 0, Duration.ofSeconds(10));
    var broadest = new HashMap<String, String[]>();
    try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(answer.body()))) {
      for (var row : parser) {
        var code = row.get("code").toLowerCase(Locale.ROOT);
        var candidate = new String[] {row.get("concept"), row.get("notation")};
        broadest.merge(code, candidate, (a, b) -> rank(b).compareTo(rank(a)) < 0 ? b : a);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var out = new HashMap<String, String>();
    broadest.forEach((code, pick) -> out.put(code, pick[0]));
    return Map.copyOf(out);
  }

  /** Broader concepts have shorter notations ("01" before "01.03"); ties go to the lower code. */
  private static String rank(String[] concept) {
    return "%03d%s".formatted(concept[1].length(), concept[1]);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
