package enlace.broker.search;

import static enlace.broker.graphql.Api.edges;
import static enlace.broker.graphql.Api.localIds;
import static enlace.broker.graphql.Api.nearTapachula;
import static enlace.broker.graphql.Api.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.graphql.Api;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** searchServices page by page: endCursor to after, until hasNextPage is false. */
class SearchServicesPagingIT {

  /** Five kilometres west of Tapachula's centre: the demo's services lie on both sides of the first search ring. */
  private static JsonObject westOfTapachula() {
    return new JsonObject().put("near", Api.point(14.9056, -92.305));
  }

  /** Every page of the search, checking each page's pageInfo on the way. */
  private static List<JsonObject> walk(JsonObject variables, int pageSize) {
    var walked = new ArrayList<JsonObject>();
    String after = null;
    for (int page = 0; ; page++) {
      assertTrue(page <= 100, "the walk does not end");
      var connection = search(variables.copy().put("first", pageSize).put("after", after));
      var pageInfo = connection.getJsonObject("pageInfo");
      var edges = edges(connection);
      assertEquals(page > 0, pageInfo.getBoolean("hasPreviousPage"));
      walked.addAll(edges);
      if (!pageInfo.getBoolean("hasNextPage")) {
        return walked;
      }
      assertEquals(pageSize, edges.size(), "only the last page is short");
      assertEquals(edges.getLast().getString("cursor"), pageInfo.getString("endCursor"));
      after = pageInfo.getString("endCursor");
    }
  }

  /** Walks in small pages and compares with one page that holds everything. */
  private static void assertWalkMatchesOnePage(JsonObject variables, int pageSize) {
    var onePage = search(variables.copy().put("first", 50));
    assertFalse(onePage.getJsonObject("pageInfo").getBoolean("hasNextPage"));
    var walked = walk(variables, pageSize);
    var ids = walked.stream().map(e -> e.getJsonObject("node").getString("localId")).toList();
    assertEquals(ids.size(), new HashSet<>(ids).size(), "no service twice: " + ids);
    assertEquals(localIds(onePage), ids, "same services in the same order as one big page");
    for (int i = 1; i < walked.size(); i++) {
      assertTrue(walked.get(i - 1).getDouble("distanceKm") <= walked.get(i).getDouble("distanceKm"), ids::toString);
    }
  }

  @Test
  void shouldWalkEveryPageWithoutGapsOrRepeats() {
    assertTrue(edges(search(nearTapachula().put("first", 50))).size() > 10);
    assertWalkMatchesOnePage(nearTapachula(), 3);
  }

  @Test
  void shouldWalkPagesAcrossTheSearchRings() {
    assertWalkMatchesOnePage(westOfTapachula(), 3);
    assertWalkMatchesOnePage(westOfTapachula(), 1);
  }

  @Test
  void shouldWalkPagesOfOneCategoryAcrossTheSearchRings() {
    var shelters = westOfTapachula().put("categories", new JsonArray().add("enl:shelter"));
    assertWalkMatchesOnePage(shelters, 2);
    assertWalkMatchesOnePage(shelters.copy().put("radiusKm", 250.0), 2);
  }

  @Test
  void shouldWalkPagesOfATextSearch() {
    assertWalkMatchesOnePage(nearTapachula().put("text", "demo"), 4);
  }

  @Test
  void shouldSayTheLastPageHasNoNextPage() {
    int total = edges(search(nearTapachula().put("first", 50))).size();
    var last = search(nearTapachula().put("first", total));
    assertFalse(last.getJsonObject("pageInfo").getBoolean("hasNextPage"));
    var notLast = search(nearTapachula().put("first", total - 1));
    assertTrue(notLast.getJsonObject("pageInfo").getBoolean("hasNextPage"));
    var rest = search(nearTapachula().put("first", 5)
        .put("after", notLast.getJsonObject("pageInfo").getString("endCursor")));
    assertEquals(1, edges(rest).size());
    assertFalse(rest.getJsonObject("pageInfo").getBoolean("hasNextPage"));
    assertTrue(rest.getJsonObject("pageInfo").getBoolean("hasPreviousPage"));
  }

  @Test
  void shouldAnswerAnEmptyPageAfterTheLast() {
    var last = search(nearTapachula().put("first", 50));
    var beyond = search(nearTapachula().put("after", last.getJsonObject("pageInfo").getString("endCursor")));
    assertTrue(edges(beyond).isEmpty());
    assertFalse(beyond.getJsonObject("pageInfo").getBoolean("hasNextPage"));
    assertNull(beyond.getJsonObject("pageInfo").getString("endCursor"));
  }
}
