package enlace.broker.search;

import static enlace.broker.graphql.Api.assertBadUserInput;
import static enlace.broker.graphql.Api.nearTapachula;
import static enlace.broker.graphql.Api.point;
import static enlace.broker.graphql.Api.searchBody;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Arguments the directory cannot use come back as BAD_USER_INPUT naming the argument, never as a trace. */
class SearchBadInputIT {

  private static void rejects(JsonObject variables, String argument) {
    assertBadUserInput(searchBody(variables), argument);
  }

  @Test
  void rejectsLatitudeOutOfRange() {
    rejects(new JsonObject().put("near", point(91, -92.26)), "near.latitude");
    rejects(new JsonObject().put("near", point(-91, -92.26)), "near.latitude");
  }

  @Test
  void rejectsLongitudeOutOfRange() {
    rejects(new JsonObject().put("near", point(14.9, 181)), "near.longitude");
    rejects(new JsonObject().put("near", point(14.9, -181)), "near.longitude");
  }

  @Test
  void rejectsRadiusThatIsNotPositiveOrTooWide() {
    rejects(nearTapachula().put("radiusKm", 0.0), "radiusKm");
    rejects(nearTapachula().put("radiusKm", -1.0), "radiusKm");
    rejects(nearTapachula().put("radiusKm", 250.5), "radiusKm");
  }

  @Test
  void rejectsUnknownMunicipality() {
    rejects(new JsonObject().put("municipality", "99999"), "municipality");
    rejects(new JsonObject().put("municipality", "07999"), "municipality");
  }

  @Test
  void rejectsMalformedMunicipalityCode() {
    rejects(new JsonObject().put("municipality", "7089"), "municipality");
  }

  @Test
  void rejectsMalformedCursor() {
    rejects(nearTapachula().put("after", "garbage"), "after");
    rejects(nearTapachula().put("after", "!!"), "after");
  }

  @Test
  void rejectsPageSizeOutOfRange() {
    rejects(nearTapachula().put("first", 0), "first");
    rejects(nearTapachula().put("first", 101), "first");
  }

  @Test
  void rejectsExplicitNullWhereTheSchemaHasADefault() {
    rejects(nearTapachula().putNull("first"), "first");
    rejects(nearTapachula().putNull("radiusKm"), "radiusKm");
    assertBadUserInput(TestNode.graphql("{ municipalities(first: null) { totalCount } }", null), "first");
  }

  @Test
  void rejectsUnknownCategory() {
    rejects(nearTapachula().put("categories", new JsonArray().add("enl:nonsense")), "categories[0]");
  }

  @Test
  void rejectsUnknownDocument() {
    rejects(nearTapachula().put("documents", new JsonArray().add("enl:no-such-paper")), "documents[0]");
  }

  @Test
  void rejectsMalformedLanguageTag() {
    rejects(nearTapachula().put("languages", new JsonArray().add("ht").add("kreyol ayisyen")), "languages");
  }

  @Test
  void rejectsTextTooLongToSearch() {
    var words = IntStream.range(0, 2_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    rejects(nearTapachula().put("text", words), "text");
  }

  @Test
  void rejectsSearchWithNeitherPointNorMunicipality() {
    rejects(new JsonObject(), "near");
  }

  @Test
  void rejectsSearchWithBothPointAndMunicipality() {
    rejects(nearTapachula().put("municipality", "07089"), "near");
  }

  @Test
  void rejectsMalformedId() {
    var id = new JsonObject().put("id", "not-an-id");
    assertBadUserInput(TestNode.graphql("query($id: ID!) { service(id: $id) { name } }", id), "id");
    assertBadUserInput(TestNode.graphql("query($id: ID!) { node(id: $id) { id } }", id), "id");
    assertBadUserInput(TestNode.graphql("query($id: ID!) { organization(id: $id) { name } }", id), "id");
  }

  @Test
  void rejectsBadMunicipalityLookups() {
    assertBadUserInput(TestNode.graphql("{ municipality(code: \"7089\") { name } }", null), "code");
    assertBadUserInput(TestNode.graphql("{ municipalities(stateCode: \"9\") { totalCount } }", null), "stateCode");
    assertBadUserInput(TestNode.graphql("{ municipalities(first: 0) { totalCount } }", null), "first");
    assertBadUserInput(TestNode.graphql("{ municipalities(after: \"garbage\") { totalCount } }", null), "after");
  }

  @Test
  void rejectsSearchCursorWhereMunicipalityCursorBelongs() {
    var cursor = Api.search(nearTapachula().put("first", 1)).getJsonObject("pageInfo").getString("endCursor");
    assertBadUserInput(TestNode.graphql("query($a: String) { municipalities(after: $a) { totalCount } }",
        new JsonObject().put("a", cursor)), "after");
  }

  @Test
  void rejectsOrganizationIdWhereServiceIdBelongs() {
    var organization = TestNode.graphql("""
        { searchServices(municipality: "07089", first: 1) { edges { node { organization { id } } } } }
        """, null).getJsonObject("data").getJsonObject("searchServices").getJsonArray("edges").getJsonObject(0)
        .getJsonObject("node").getJsonObject("organization").getString("id");
    assertBadUserInput(TestNode.graphql("query($id: ID!) { service(id: $id) { name } }",
        new JsonObject().put("id", organization)), "id");
  }
}
