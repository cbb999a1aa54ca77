package enlace.broker.documents;

import enlace.graph.documents.NearbyService;
import enlace.graph.documents.NearbyServices;
import enlace.graph.municipality.Municipality;
import enlace.ontology.Concept;
import enlace.ontology.DocumentFacts;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import enlace.ontology.Vocabulary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What the page about migrant documents says, read from the ontology at every request (a change there
 * changes the page): each shared document with what it lets its holder do, and the public services near a
 * municipality that name it among the documents they accept.
 */
public final class DocumentGuide {

  /** The columns of the page: work, open a bank account, get a CURP, move within the country. */
  static final List<String> RIGHTS = List.of(Vocabulary.RIGHT_WORK, Vocabulary.RIGHT_BANK_ACCOUNT,
      Vocabulary.RIGHT_CURP, Vocabulary.RIGHT_TRANSIT);
  static final List<Integer> RADII_KM = List.of(10, 25, 50, 100);
  static final int DEFAULT_RADIUS_KM = 25;
  static final int PER_DOCUMENT = 5;
  /** Services looked at around a place; the nearest ones fill every document's list long before. */
  private static final int CANDIDATES = 500;

  private final Ontology ontology;
  private final NearbyServices nearby;
  private final List<Municipality> municipalities;
  private final Map<String, Municipality> byCode;

  public DocumentGuide(Ontology ontology, NearbyServices nearby, List<Municipality> municipalities) {
    this.ontology = ontology;
    this.nearby = nearby;
    this.municipalities = List.copyOf(municipalities);
    this.byCode = municipalities.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
        m -> m.code().value(), m -> m));
  }

  java.util.Optional<Municipality> municipality(String code) {
    return java.util.Optional.ofNullable(byCode.get(code));
  }

  Ontology ontology() {
    return ontology;
  }

  /** The shared documents in the ontology's order, with what each lets its holder do. */
  List<DocumentFacts> documents() {
    return ontology.concepts(Scheme.DOCUMENTS).stream().filter(Concept::isShared)
        .map(d -> ontology.documentFacts(d.iri()).orElseThrow()).toList();
  }

  PlaceChoice place(String typed) {
    return PlaceChoice.resolve(typed, municipalities);
  }

  /** The services within {@code radiusKm} of the municipality's seat that accept each document, nearest first. */
  CompletionStage<Nearby> near(Municipality municipality, int radiusKm) {
    if (municipality.point().isEmpty()) {
      return CompletableFuture.completedFuture(new Nearby(municipality, radiusKm, Map.of(), Map.of(), 0));
    }
    return nearby.near(municipality.point().get(), radiusKm, CANDIDATES).thenApply(services -> {
      var accepting = new LinkedHashMap<String, List<NearbyService>>();
      var more = new LinkedHashMap<String, Integer>();
      int open = 0;
      for (var service : services) {
        if (service.acceptedDocuments().isEmpty()) {
          open++;
        }
        for (var document : documentsNamedBy(service)) {
          var list = accepting.computeIfAbsent(document, d -> new ArrayList<>());
          if (list.size() < PER_DOCUMENT) {
            list.add(service);
          } else {
            more.merge(document, 1, Integer::sum);
          }
        }
      }
      return new Nearby(municipality, radiusKm, accepting, more, open);
    });
  }

  /** The shared documents a service names: each accepted concept, or the shared one a regional term maps onto. */
  private Set<String> documentsNamedBy(NearbyService service) {
    var named = new HashSet<String>();
    for (var accepted : service.acceptedDocuments()) {
      ontology.concept(accepted).ifPresent(c -> {
        if (c.isShared()) {
          named.add(c.iri());
        } else {
          named.addAll(c.mappedTo());
        }
      });
    }
    return named;
  }

  /**
   * Around one municipality: per document IRI the nearest services that accept it, how many more do, and how
   * many services ask for no document at all.
   */
  record Nearby(Municipality municipality, int radiusKm, Map<String, List<NearbyService>> accepting,
      Map<String, Integer> more, int needNoDocument) {}
}
