package enlace.broker.note;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Field notes as the tests write and read them, about the demo directory's services in Tapachula. */
final class Notes {

  static final String BANK = "demo-org-tap-banco";
  static final String BANK_ACCOUNT = "demo-svc-tap-banco-cuenta";
  static final String DAM = "demo-org-tap-dam";
  static final String SHELTER = "demo-org-tap-alb-familias-1";
  static final String LEGAL = "demo-org-tap-legal";

  static final String NOTE = """
      id text writtenBy author { localId } writtenAt ageDays freshness freshSince confirmations disputes hidden
      concepts { iri } verdicts { organization kind } answer { organization text } moderation { reason by }
      """;
  static final String WRITE = "mutation($input: FieldNoteInput!) { writeFieldNote(input: $input) { " + NOTE + " } }";
  static final String NOTES_OF = "query($id: ID!, $hidden: Boolean) { service(id: $id) { name fieldNotes(includeHidden:"
      + " $hidden) { " + NOTE + " } } }";

  private Notes() {}

  /** A partner organization's token: it writes notes, and reads them. */
  static String partner(String organization) {
    return TestNode.token(organization, null, Scope.NOTES_WRITE);
  }

  static String coordinator(String region) {
    return TestNode.token(null, region, Scope.COORDINATOR);
  }

  static String serviceId(String local) {
    return new GlobalId("Service", "mx", local).encode();
  }

  static JsonObject write(String token, String text, String... concepts) {
    var input = new JsonObject().put("targetId", serviceId(BANK_ACCOUNT)).put("text", text)
        .put("concepts", new JsonArray(java.util.List.of((Object[]) concepts)));
    return TestNode.graphql(token, WRITE, new JsonObject().put("input", input));
  }

  static JsonObject written(String token, String text, String... concepts) {
    return Api.data(write(token, text, concepts)).getJsonObject("writeFieldNote");
  }

  static JsonObject call(String token, String mutation, String id, String extra) {
    var query = "mutation($id: ID!) { " + mutation + "(id: $id" + (extra == null ? "" : ", " + extra) + ") { " + NOTE
        + " } }";
    return TestNode.graphql(token, query, new JsonObject().put("id", id));
  }

  /** The notes a caller sees on the bank's account service, hidden ones too when asked (coordinators). */
  static JsonArray seenBy(String token, boolean hidden) {
    var body = TestNode.graphql(token, NOTES_OF, new JsonObject().put("id", serviceId(BANK_ACCOUNT)).put("hidden", hidden));
    return Api.data(body).getJsonObject("service").getJsonArray("fieldNotes");
  }

  static JsonObject find(JsonArray notes, String id) {
    return notes.stream().map(JsonObject.class::cast).filter(n -> n.getString("id").equals(id)).findFirst()
        .orElse(null);
  }
}
