package enlace.broker.note;

import static enlace.broker.note.Notes.BANK;
import static enlace.broker.note.Notes.BANK_ACCOUNT;
import static enlace.broker.note.Notes.DAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Field notes in the HSDS API: an extension partners see with their token, never the public. */
class HsdsNotesIT {

  private static HttpResponse<String> get(String path, String token) {
    var request = HttpRequest.newBuilder(TestNode.uri(path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    var response = TestNode.send(request.build());
    assertEquals(200, response.statusCode(), response.body());
    return response;
  }

  private static JsonObject note(JsonArray notes, String id) {
    return notes == null ? null : notes.stream().map(JsonObject.class::cast)
        .filter(n -> GlobalId.decode(id, "id").localId().equals(n.getString("id")))
        .findFirst().orElse(null);
  }

  @Test
  void shouldCarryNotesInHsdsServicesOnlyForPartnersAndKeepThatAnswerPrivate() {
    var text = "la sucursal pide CURP temporal además de la TVRH " + UUID.randomUUID().toString().substring(0, 6);
    var written = Notes.written(Notes.partner(DAM), text, "enl:doc-tvrh");

    var partner = get("/hsds/services/" + BANK_ACCOUNT, TestNode.token(Notes.SHELTER, null, Scope.REFERRAL_READ));
    var seen = note(new JsonObject(partner.body()).getJsonArray(HsdsNotes.PROPERTY), written.getString("id"));
    assertNotNull(seen, partner.body());
    assertEquals(text, seen.getString("text"));
    assertEquals(DAM, seen.getString("organization"));
    assertEquals("fresh", seen.getString("freshness"));
    assertEquals(1, seen.getJsonArray("concepts").size(), seen.encode());
    assertTrue(seen.getJsonArray("concepts").getString(0).endsWith("doc-tvrh"), seen.encode());
    assertTrue(partner.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
        "a partner's answer is not cached for others");

    var page = new JsonObject(get("/hsds/services?per_page=100", Notes.partner(DAM)).body());
    var listed = page.getJsonArray("contents").stream().map(JsonObject.class::cast)
        .filter(s -> s.getString("id").equals(BANK_ACCOUNT)).findFirst().orElseThrow();
    assertNotNull(note(listed.getJsonArray(HsdsNotes.PROPERTY), written.getString("id")), "the paged list too");

    var anonymous = get("/hsds/services/" + BANK_ACCOUNT, null);
    assertFalse(anonymous.body().contains(HsdsNotes.PROPERTY) || anonymous.body().contains(text), anonymous.body());
    var publicPage = get("/hsds/services?per_page=100", null).body();
    assertFalse(publicPage.contains(HsdsNotes.PROPERTY) || publicPage.contains(text), "never in public answers");
    var stranger = get("/hsds/services/" + BANK_ACCOUNT,
        TestNode.token("demo-org-tij-maquila", null, Scope.DIRECTORY_WRITE)).body();
    assertFalse(stranger.contains(text), "an organization that is not a partner sees no notes");
  }

  @Test
  void shouldCarryNotesAboutAnOrganizationAndLeaveHiddenOnesOut() {
    var text = "el banco atiende a personas refugiadas solo con cita " + UUID.randomUUID().toString().substring(0, 6);
    var input = new JsonObject().put("targetId", new GlobalId("Organization", "mx", BANK).encode()).put("text", text);
    var written = Api.data(TestNode.graphql(Notes.partner(DAM), Notes.WRITE, new JsonObject().put("input", input)))
        .getJsonObject("writeFieldNote");
    var path = "/hsds/organizations/" + BANK;
    assertTrue(get(path, Notes.partner(Notes.LEGAL)).body().contains(text));
    assertFalse(get(path, null).body().contains(text));

    Api.data(Notes.call(Notes.coordinator("south"), "hideFieldNote", written.getString("id"),
        "reason: \"sin datos verificables\""));
    var afterHiding = new JsonObject(get(path, Notes.partner(Notes.LEGAL)).body());
    assertNull(note(afterHiding.getJsonArray(HsdsNotes.PROPERTY), written.getString("id")), afterHiding.encode());
  }
}
