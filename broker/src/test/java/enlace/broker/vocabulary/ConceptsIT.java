package enlace.broker.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class ConceptsIT {

  private static JsonObject data(String query) {
    var body = TestNode.graphql(query, null);
    assertTrue(body.getJsonArray("errors") == null, () -> body.encodePrettily());
    return body.getJsonObject("data");
  }

  @Test
  void shouldListCategoriesWithLabelsInTheAskedLanguage() {
    var spanish = data("{ concepts(scheme: SERVICE_CATEGORIES, lang: \"es\") { iri label } }").getJsonArray("concepts");
    var english = data("{ concepts(scheme: SERVICE_CATEGORIES, lang: \"en\") { iri label } }").getJsonArray("concepts");
    assertTrue(spanish.size() >= 40);
    assertEquals(spanish.size(), english.size());
    assertFalse(spanish.encode().equals(english.encode()), "labels change with the language");
  }

  @Test
  void shouldDescribeAConceptWithItsNarrowerOnes() {
    var shelter = data("{ concept(iri: \"enl:shelter\") { iri curie scheme narrower { curie } } }")
        .getJsonObject("concept");
    assertEquals("https://w3id.org/enlace/ns#shelter", shelter.getString("iri"));
    assertEquals("SERVICE_CATEGORIES", shelter.getString("scheme"));
    assertTrue(shelter.getJsonArray("narrower").encode().contains("enl:shelter-family"));
  }

  @Test
  void shouldSayWhichRightsEachDocumentGrants() {
    JsonArray documents = data("{ documentTypes(lang: \"en\") { curie label grants { curie } } }")
        .getJsonArray("documentTypes");
    var tvrh = find(documents, "enl:doc-tvrh");
    var fmm = find(documents, "enl:doc-fmm");
    assertTrue(tvrh.getJsonArray("grants").encode().contains("enl:right-work"), tvrh.encode());
    assertFalse(fmm.getJsonArray("grants").encode().contains("enl:right-work"), fmm.encode());
  }

  @Test
  void shouldExposeTheOntologyVersion() {
    assertEquals("1.1.0", data("{ ontologyVersion }").getString("ontologyVersion"));
  }

  @Test
  void shouldAnswerNullForAnUnknownConcept() {
    assertTrue(data("{ concept(iri: \"enl:no-such-thing\") { iri } }").getValue("concept") == null);
  }

  private static JsonObject find(JsonArray concepts, String curie) {
    return concepts.stream().map(JsonObject.class::cast).filter(c -> curie.equals(c.getString("curie")))
        .findFirst().orElseThrow(() -> new AssertionError(curie + " not in " + concepts.encode()));
  }
}
