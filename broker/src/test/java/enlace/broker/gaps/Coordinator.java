package enlace.broker.gaps;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The demo node's coordinator for the whole country, and the gaps query the tests ask. */
final class Coordinator {

  static final String TAPACHULA = "07089";
  static final String TUXTLA_CHICO = "07102";

  static final String GAPS = """
      query ($categories: [String!]!, $top: Int) {
        gaps(categories: $categories, radiusKm: 100, staleDays: 180, top: $top) {
          region radiusKm categories { iri label(lang: "es") }
          municipalities { code name population hasDam employersAcceptingTvrh vacanciesAcceptingTvrh
            centroid { latitude longitude }
            categories { category { iri } services nearestKm capacityTotal capacityAvailable
              referrals rejectedShare medianHoursToAcceptance } }
          withoutDam { code name population hasDam }
          farthestCategories { category { iri } farthestKm farthestMunicipality { code } municipalitiesWithout
            municipalitiesBeyondRadius }
          staleServices { id name lastVerifiedAt municipality { code } }
          staleCount
        }
      }
      """;

  private Coordinator() {}

  static String token() {
    return TestNode.token(null, "mx", Scope.COORDINATOR);
  }

  static JsonObject gaps(List<String> categories, int top) {
    var variables = new JsonObject().put("categories", categories).put("top", top);
    return Api.data(TestNode.graphql(token(), GAPS, variables)).getJsonObject("gaps");
  }

  static JsonObject municipality(JsonObject gaps, String code) {
    return gaps.getJsonArray("municipalities").stream().map(JsonObject.class::cast)
        .filter(m -> m.getString("code").equals(code)).findFirst().orElseThrow();
  }
}
