package enlace.broker.vocabulary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which employers in Tapachula take a person's papers: the question employers got wrong in the brief. */
class DocumentEligibilityIT {

  private static final String AGRO = "demo-svc-tap-agro-reclutamiento";
  private static final String PACKING = "demo-svc-tap-empaque-reclutamiento";
  private static final String STORES_WITHOUT_TVRH = "demo-svc-tap-tiendas-reclutamiento";
  private static final String FAMILY_SHELTER = "demo-svc-tap-alb-familias-1-hospedaje";

  private static List<String> ids(String category, String... documents) {
    var body = TestNode.graphql("""
        query($c: [ID!], $d: [ID!]) {
          searchServices(municipality: "07089", radiusKm: 25, categories: $c, documents: $d, first: 100) {
            edges { node { localId } } } }
        """, new JsonObject().put("c", new JsonArray().add(category)).put("d", new JsonArray(List.of(documents))));
    assertTrue(body.getJsonArray("errors") == null, body::encodePrettily);
    return body.getJsonObject("data").getJsonObject("searchServices").getJsonArray("edges").stream()
        .map(e -> ((JsonObject) e).getJsonObject("node").getString("localId")).toList();
  }

  @Test
  void shouldOfferTvrhHoldersTheEmployersThatAcceptTheCard() {
    var jobs = ids("enl:employment", "enl:doc-tvrh");
    assertTrue(jobs.containsAll(List.of(AGRO, PACKING)), jobs.toString());
    assertFalse(jobs.contains(STORES_WITHOUT_TVRH), "this employer takes only resident cards");
  }

  @Test
  void shouldNotOfferJobsThatNeedAWorkPermitToAnFmmHolder() {
    var jobs = ids("enl:employment", "enl:doc-fmm");
    assertFalse(jobs.contains(AGRO) || jobs.contains(PACKING) || jobs.contains(STORES_WITHOUT_TVRH), jobs.toString());
  }

  @Test
  void shouldKeepServicesThatAskForNoPapers() {
    assertTrue(ids("enl:shelter", "enl:doc-fmm").contains(FAMILY_SHELTER));
  }
}
