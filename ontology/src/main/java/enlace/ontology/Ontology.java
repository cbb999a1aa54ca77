package enlace.ontology;

import enlace.ontology.OntologyException.Reason;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Enlace vocabulary, loaded once and then read from immutable maps: no inference runs after loading.
 *
 * <p>Every method that takes a term accepts a full IRI ({@code https://w3id.org/enlace/ns#shelter}), a compact
 * IRI with a prefix declared in the loaded files ({@code enl:shelter}) or a bare local name ({@code shelter});
 * {@link #resolve(String)} also accepts labels. Instances are immutable and safe to share between threads.
 */
public final class Ontology {

    private static final System.Logger LOG = System.getLogger(Ontology.class.getName());

    private final Model model;
    private final String version;
    private final String versionIri;
    private final Map<String, Concept> concepts;
    private final Map<String, Set<String>> expansions;
    private final Map<Scheme, List<Concept>> byScheme;
    private final Grants grants;
    private final Admissions admissions;
    private final LegalFacts legal;
    private final Resolver resolver;
    private final Words words;
    private final RecordValidator validator;
    private final SparqlEndpoint sparql;
    private final Exports exports;

    private Ontology(Model model) {
        this.model = model;
        this.version = VocabularyLoader.ontologyValue(model, OWL.versionInfo);
        this.versionIri = VocabularyLoader.ontologyValue(model, OWL.versionIRI);
        this.concepts = ConceptReader.read(model);
        this.expansions = Expansions.compute(concepts);
        this.byScheme = ConceptReader.byScheme(concepts.values());
        this.grants = Grants.read(model, concepts);
        this.admissions = Admissions.read(model, concepts, expansions);
        this.legal = LegalFacts.read(model, concepts);
        this.resolver = new Resolver(concepts, model.getNsPrefixMap());
        this.words = Words.of(resolver, concepts, byScheme);
        this.validator = new RecordValidator(VocabularyLoader.bundled(VocabularyLoader.SHAPES), concepts, model);
        this.sparql = new SparqlEndpoint(model);
        this.exports = new Exports(model);
    }

    /**
     * Loads the shared vocabulary bundled with this module.
     *
     * @return the ontology
     * @throws OntologyException {@code INVALID_VOCABULARY} if the bundled files are broken
     */
    public static Ontology load() {
        return load(new Path[0]);
    }

    /**
     * Loads the shared vocabulary and a region's own terms. A regional file (Turtle, or any RDF syntax by its
     * extension) declares a {@code skos:ConceptScheme} with {@code enl:extendsScheme}, and local concepts mapped
     * onto shared ones with {@code skos:broadMatch}, {@code skos:closeMatch} or {@code skos:exactMatch}. It may
     * not state anything about shared terms.
     *
     * @param regionalVocabularies files of regional concepts
     * @return the ontology
     * @throws OntologyException {@code INVALID_VOCABULARY} if a file cannot be read or breaks those rules
     */
    public static Ontology load(Path... regionalVocabularies) {
        long start = System.nanoTime();
        Ontology ontology = new Ontology(VocabularyLoader.load(List.of(regionalVocabularies)));
        LOG.log(System.Logger.Level.INFO, "Enlace ontology {0} loaded: {1} concepts, {2} triples, "
                + "{3} regional file(s), in {4} ms", ontology.version, ontology.concepts.size(), ontology.model.size(),
                regionalVocabularies.length, (System.nanoTime() - start) / 1_000_000);
        return ontology;
    }

    /** @return the version of the shared vocabulary ({@code owl:versionInfo}), e.g. {@code 1.0.0} */
    public String version() {
        return version;
    }

    /** @return the version IRI of the shared vocabulary ({@code owl:versionIRI}) */
    public String versionIri() {
        return versionIri;
    }

    /**
     * Expands a concept for searching: the concept itself, every concept transitively narrower, and every
     * concept mapped onto one of those (a regional term mapped with {@code broadMatch}, {@code closeMatch} or
     * {@code exactMatch}). A regional term expands to itself plus the expansion of the shared concepts it maps to.
     *
     * @param conceptIriOrLocalTerm a concept IRI, compact IRI or local name
     * @return the concept IRIs to search for
     * @throws OntologyException {@code UNKNOWN_TERM} if the term is not a concept of the loaded vocabulary
     */
    public Set<String> expand(String conceptIriOrLocalTerm) {
        return expansions.get(require(conceptIriOrLocalTerm).iri());
    }

    /**
     * @param terms concept IRIs, compact IRIs or local names
     * @return the union of their {@linkplain #expand(String) expansions}
     * @throws OntologyException {@code UNKNOWN_TERM} if any term is unknown
     */
    public Set<String> expandAll(Collection<String> terms) {
        Set<String> result = new HashSet<>();
        terms.forEach(term -> result.addAll(expand(term)));
        return Set.copyOf(result);
    }

    /**
     * @param iri a concept IRI, compact IRI or local name
     * @return the concept, if the vocabulary has it
     */
    public Optional<Concept> concept(String iri) {
        return find(iri);
    }

    /**
     * @param scheme a shared scheme
     * @return its concepts, shared ones first by notation, then the regional ones that extend it
     */
    public List<Concept> concepts(Scheme scheme) {
        return byScheme.get(scheme);
    }

    /**
     * @param iri  a concept IRI, compact IRI or local name
     * @param lang a BCP 47 language tag, e.g. {@code ht} or {@code es-MX}
     * @return the preferred label in {@code lang}, else in Spanish, else in English, else in any language, else
     *         the local name of {@code iri}
     */
    public String label(String iri, String lang) {
        return find(iri).map(c -> c.label(lang)).orElseGet(() -> Terms.localName(iri));
    }

    /**
     * @param iri  a concept IRI, compact IRI or local name
     * @param lang a BCP 47 language tag
     * @return the alternative labels in exactly that language (synonyms for search), or none
     */
    public List<String> altLabels(String iri, String lang) {
        return find(iri).map(c -> c.altLabels().getOrDefault(Labels.lang(lang), List.of())).orElse(List.of());
    }

    /**
     * @param iri a concept IRI, compact IRI or local name
     * @return the directly broader concepts, or none for a top or unknown concept
     */
    public Set<String> broader(String iri) {
        return find(iri).map(Concept::broader).orElse(Set.of());
    }

    /**
     * @param iri a concept IRI, compact IRI or local name
     * @return the directly narrower concepts, or none
     */
    public Set<String> narrower(String iri) {
        return find(iri).map(Concept::narrower).orElse(Set.of());
    }

    /**
     * The rights a person holding these documents has, including rights granted only by documents held together
     * (a COMAR certificate with a temporary CURP grants work). Unknown documents grant nothing.
     *
     * @param documentIris document IRIs, compact IRIs or local names
     * @return the right IRIs
     */
    public Set<String> rightsGrantedBy(Collection<String> documentIris) {
        return grants.rightsGrantedBy(documentIris.stream()
                .flatMap(d -> find(d, is(Scheme.DOCUMENTS)).stream()).map(Concept::iri).toList());
    }

    /**
     * @param rightIri a right IRI, compact IRI or local name
     * @return the documents that grant the right on their own
     */
    public Set<String> documentsGranting(String rightIri) {
        return find(rightIri, is(Scheme.RIGHTS)).map(r -> grants.documentsGranting(r.iri())).orElse(Set.of());
    }

    /**
     * @param rightIri a right IRI, compact IRI or local name
     * @return every set of documents that grants the right: single documents, and documents held together
     */
    public Set<Set<String>> documentCombinationsGranting(String rightIri) {
        return find(rightIri, is(Scheme.RIGHTS)).map(r -> grants.documentCombinationsGranting(r.iri()))
                .orElse(Set.of());
    }

    /**
     * Who a service filed under these categories takes, by kind of place: what its most specific categories admit
     * ({@code enl:admits}; a category listed beside a narrower one that admits is passed over), as audience tags
     * (the {@code skos:notation} of {@link Scheme#AUDIENCES} concepts, the values services list in their audience).
     *
     * @param categoryIris a service's category IRIs
     * @return the audience tags, or empty when none of the categories admits anyone in particular
     */
    public Optional<Set<String>> admittedBy(Collection<String> categoryIris) {
        return admissions.admittedBy(categoryIris);
    }

    /**
     * @param audienceTag an audience tag, e.g. {@code unaccompanied-minors}
     * @return the categories whose services come before any other for that audience ({@code enl:firstStep})
     */
    public Set<String> firstSteps(String audienceTag) {
        return admissions.firstSteps(audienceTag);
    }

    /**
     * What a migrant document lets its holder do, with its legal basis and validity, for pages that explain
     * documents to employers and banks.
     *
     * @param documentIri a document IRI, compact IRI or local name
     * @return the facts, if the term is a document of the vocabulary
     */
    public Optional<DocumentFacts> documentFacts(String documentIri) {
        return find(documentIri, is(Scheme.DOCUMENTS)).map(d -> new DocumentFacts(d, legal.basis(d.iri()),
                legal.validity(d.iri()), grants.grantedBy(d.iri()), grants.grantedWith(d.iri()),
                grants.withheldFrom(d.iri())));
    }

    /**
     * @param iri a concept IRI, compact IRI or local name (a right, say)
     * @return the law it rests on ({@code enl:legalBasis}, {@code enl:legalText}), if recorded
     */
    public Optional<DocumentFacts.LegalBasis> legalBasis(String iri) {
        return find(iri).flatMap(c -> legal.basis(c.iri()));
    }

    /**
     * Resolves what a person or a file wrote to a concept IRI: a full IRI, a compact IRI, a local name, a
     * preferred or alternative label in any language (case and accents ignored) or a notation. Shared concepts
     * win over regional ones; an ambiguous label resolves to nothing.
     *
     * @param iriOrCurieOrLabel the term
     * @return the concept IRI, if exactly one concept matches
     */
    public Optional<String> resolve(String iriOrCurieOrLabel) {
        return resolver.resolve(iriOrCurieOrLabel, c -> true).map(Concept::iri);
    }

    /**
     * Like {@link #resolve(String)}, among the concepts of one scheme only ("Albergue" is both a category and an
     * organisation kind).
     *
     * @param iriOrCurieOrLabel the term
     * @param scheme            the scheme to look in
     * @return the concept IRI, if exactly one concept of the scheme matches
     */
    public Optional<String> resolve(String iriOrCurieOrLabel, Scheme scheme) {
        return resolver.resolve(iriOrCurieOrLabel, is(scheme)).map(Concept::iri);
    }

    /**
     * The resolver for words as people write them (labels folded, similar words, a region's mappings), with
     * "¿quiso decir …?" candidates when a word names nothing.
     *
     * @return the words of this vocabulary, without regional mappings
     */
    public Words words() {
        return words;
    }

    /**
     * Checks one record against the shapes (a service from an import or a mutation, a referral).
     *
     * @param facts the record's values
     * @return the violations, each naming the record, the field and the rule
     */
    public ValidationReport validate(RecordFacts facts) {
        return validator.validate(RecordValidator.graph(facts));
    }

    /**
     * Validates records (services, referrals, consent) against the bundled SHACL shapes, with this vocabulary.
     *
     * @param data the records
     * @return every violation, with focus node, field and an English message naming the field
     */
    public ValidationReport validate(Model data) {
        return validator.validate(data.getGraph());
    }

    /**
     * @param content   serialised records
     * @param mediaType their RDF media type, e.g. {@code text/turtle} or {@code application/ld+json}
     * @return every violation
     * @throws OntologyException {@code UNSUPPORTED_MEDIA_TYPE} or {@code INVALID_DATA}
     */
    public ValidationReport validate(String content, String mediaType) {
        return validate(RecordValidator.parse(content, mediaType));
    }

    /** @return the loaded vocabulary (shared and regional) as Turtle */
    public String toTurtle() {
        return exports.turtle();
    }

    /** @return the loaded vocabulary (shared and regional) as JSON-LD 1.1 */
    public String toJsonLd() {
        return exports.jsonLd();
    }

    /**
     * Answers a read-only SPARQL query in the default media type of its form: SPARQL results JSON for SELECT and
     * ASK, Turtle for CONSTRUCT and DESCRIBE.
     *
     * @see #query(String, String, int, Duration)
     */
    public SparqlAnswer query(String sparql, int limit, Duration timeout) {
        return query(sparql, null, limit, timeout);
    }

    /**
     * Answers a read-only SPARQL query over the loaded vocabulary.
     *
     * @param sparql    a SELECT, ASK, CONSTRUCT or DESCRIBE query
     * @param mediaType {@code application/sparql-results+json} (default), {@code -xml}, {@code text/csv},
     *                  {@code text/tab-separated-values} for SELECT and ASK; {@code text/turtle} (default),
     *                  {@code application/ld+json}, {@code application/n-triples}, {@code application/rdf+xml} for
     *                  CONSTRUCT and DESCRIBE; null or {@code *}{@code /*} for the default
     * @param limit     the most solutions to return (a smaller LIMIT in the query wins); 0 or less for no cap
     * @param timeout   how long the query may run
     * @return the serialised answer
     * @throws OntologyException {@code QUERY_REFUSED} for SPARQL Update, SERVICE or FROM; {@code QUERY_INVALID};
     *                           {@code QUERY_TIMEOUT}; {@code UNSUPPORTED_MEDIA_TYPE}
     */
    public SparqlAnswer query(String sparql, String mediaType, int limit, Duration timeout) {
        return this.sparql.query(sparql, mediaType, limit, timeout);
    }

    private Concept require(String term) {
        return find(term).orElseThrow(() -> new OntologyException(Reason.UNKNOWN_TERM,
                "unknown concept: " + term));
    }

    private Optional<Concept> find(String term) {
        return find(term, c -> true);
    }

    private Optional<Concept> find(String term, Predicate<Concept> filter) {
        Concept direct = term == null ? null : concepts.get(term);
        return direct != null ? Optional.of(direct).filter(filter) : resolver.resolve(term, filter);
    }

    static Predicate<Concept> is(Scheme scheme) {
        return c -> c.scheme() == scheme;
    }
}
