package enlace.connectors.imports;

import enlace.ontology.Concept;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import enlace.ontology.ValueMapping;
import enlace.ontology.WordMatch;
import enlace.ontology.Words;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * What imported words mean in the ontology, through its one resolver for words ({@link Words}) with the
 * region's own mappings: categories by IRI, code (notation), label or Open Eligibility code (the ontology's
 * {@code enl:hsdsCode}; where several concepts share a code, the broadest wins), documents, organisation kinds
 * and languages.
 */
public final class Terms {

  public static final String ENLACE_TAXONOMY = "Enlace";
  private static final Pattern BCP47 = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  private final Ontology ontology;
  private final Words words;
  private final Map<String, String> byHsdsCode;

  public Terms(Ontology ontology) {
    this(ontology, ontology.words(), hsdsCodes(ontology));
  }

  private Terms(Ontology ontology, Words words, Map<String, String> byHsdsCode) {
    this.ontology = ontology;
    this.words = words;
    this.byHsdsCode = byHsdsCode;
  }

  /** These terms with the region's mappings of values to concepts. */
  public Terms withMappings(java.util.Collection<ValueMapping> mappings) {
    return new Terms(ontology, ontology.words().withMappings(mappings), byHsdsCode);
  }

  public Ontology ontology() {
    return ontology;
  }

  public Words words() {
    return words;
  }

  /** A category as written: recognised, guessed, or not found with candidates. */
  public WordMatch categoryMatch(String term) {
    return words.match(term, Scheme.SERVICE_CATEGORIES);
  }

  public WordMatch documentMatch(String term) {
    return words.match(term, Scheme.DOCUMENTS);
  }

  public WordMatch kindMatch(String term) {
    return words.match(term, Scheme.ORGANIZATION_KINDS);
  }

  /** The documents a free text names word for word ("passport" in "any ID: passport, voter card"). */
  public List<String> documentsMentioned(String text) {
    return words.mentioned(text, Scheme.DOCUMENTS).stream().map(Concept::iri).toList();
  }

  public Optional<String> category(String term) {
    return blank(term) ? Optional.empty() : categoryMatch(term).iri();
  }

  /**
   * An HSDS taxonomy term by its URI, its Enlace code or its Open Eligibility code; its name, when these say
   * nothing, goes through {@link #categoryMatch}.
   */
  public Optional<String> hsdsCategory(String taxonomy, String code, String uri) {
    if (!blank(uri)) {
      var byUri = ontology.resolve(uri.strip(), Scheme.SERVICE_CATEGORIES);
      if (byUri.isPresent()) {
        return byUri;
      }
    }
    if (!blank(code)) {
      var enlace = taxonomy == null || taxonomy.equalsIgnoreCase(ENLACE_TAXONOMY);
      var byCode = enlace ? ontology.resolve(code.strip(), Scheme.SERVICE_CATEGORIES) : Optional.<String>empty();
      if (byCode.isPresent()) {
        return byCode;
      }
      return Optional.ofNullable(byHsdsCode.get(code.strip().toLowerCase(Locale.ROOT)));
    }
    return Optional.empty();
  }

  public Optional<String> document(String term) {
    return blank(term) ? Optional.empty() : documentMatch(term).iri();
  }

  public Optional<String> organizationKind(String term) {
    return blank(term) ? Optional.empty() : kindMatch(term).iri();
  }

  /** A BCP 47 tag as given (lower-cased), or the tag of a language named by its label. */
  public Optional<String> language(String term) {
    if (blank(term)) {
      return Optional.empty();
    }
    var byName = words.match(term.strip(), Scheme.LANGUAGES).iri().flatMap(ontology::concept).flatMap(Concept::notation);
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
