package enlace.broker.note;

import static enlace.broker.note.Notes.BANK;
import static enlace.broker.note.Notes.DAM;
import static enlace.broker.note.Notes.LEGAL;
import static enlace.broker.note.Notes.SHELTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import enlace.graph.audit.AuditLog;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Partners' field notes through the API: who writes and reads them, what they may say, verdicts, moderation. */
class FieldNotesIT {

  private static String text(String what) {
    return what + " " + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void shouldLetAPartnerWriteANoteThatOtherPartnersReadAttributedAndDated() {
    var text = text("desde octubre la sucursal pide CURP temporal además de la TVRH para abrir cuenta");
    var note = Notes.written(Notes.partner(DAM), text, "enl:doc-tvrh", "Cuenta bancaria");

    assertEquals(DAM, note.getString("writtenBy"));
    assertEquals(DAM, note.getJsonObject("author").getString("localId"));
    assertEquals("FRESH", note.getString("freshness"));
    assertEquals(0, note.getInteger("ageDays"));
    assertTrue(Duration.between(Instant.parse(note.getString("writtenAt")), Instant.now()).abs().toMinutes() < 5);
    assertEquals(2, note.getJsonArray("concepts").size(), note::encodePrettily);

    var seen = Notes.find(Notes.seenBy(TestNode.token(SHELTER, null, Scope.REFERRAL_READ), false), note.getString("id"));
    assertNotNull(seen, "another partner (referral:read) reads it");
    assertEquals(text, seen.getString("text"));
    assertTrue(!seen.encode().contains("test-" + DAM), "a note names the organization, never the person: " + seen);
  }

  @Test
  void shouldRefuseNotesToThePublic() {
    var note = Notes.written(Notes.partner(DAM), text("la sucursal solo atiende a migrantes por la mañana"));
    var anonymous = TestNode.graphql(Notes.NOTES_OF, new JsonObject().put("id", Notes.serviceId(Notes.BANK_ACCOUNT)));
    assertEquals("UNAUTHENTICATED", Api.errorCode(anonymous));
    assertNotNull(anonymous.getJsonObject("data").getJsonObject("service").getString("name"), "the directory stays public");
    assertNull(anonymous.getJsonObject("data").getJsonObject("service").getValue("fieldNotes"));
    assertTrue(!anonymous.encode().contains("por la mañana"), anonymous::encode);

    var direct = TestNode.graphql("query($id: ID!) { fieldNote(id: $id) { text } }",
        new JsonObject().put("id", note.getString("id")));
    assertEquals("UNAUTHENTICATED", Api.errorCode(direct));
    var stranger = TestNode.graphql(TestNode.token("demo-org-tij-maquila", null, Scope.DIRECTORY_WRITE),
        Notes.NOTES_OF, new JsonObject().put("id", Notes.serviceId(Notes.BANK_ACCOUNT)));
    assertEquals("FORBIDDEN", Api.errorCode(stranger), "an organization that is not a partner and not the owner");
  }

  @Test
  void shouldRefuseAPersonsDataNamingWhatItFoundAndWriteNothing() {
    int before = Notes.seenBy(Notes.partner(DAM), false).size();
    var refused = Notes.write(Notes.partner(DAM), "la señora Rosa (CURP PEGJ850101MCSRRN09) dejó su teléfono 962 555 0101");

    Api.assertBadUserInput(refused, "input.text");
    var message = refused.getJsonArray("errors").getJsonObject(0).getString("message");
    assertTrue(message.contains("una CURP") && message.contains("un número de teléfono"), message);
    assertTrue(message.contains("a CURP") && message.contains("a phone number"), message);
    assertTrue(!message.contains("MCSRRN09") && !message.contains("0101"), "the error does not repeat it: " + message);
    assertEquals(before, Notes.seenBy(Notes.partner(DAM), false).size(), "nothing was written");

    var mail = Notes.write(Notes.partner(DAM), "escriban a rosa.perez@example.org para el trámite");
    assertTrue(mail.getJsonArray("errors").getJsonObject(0).getString("message").contains("an e-mail address"));
    var passport = Notes.write(Notes.partner(DAM), "trae pasaporte núm. 123456789 pero no le abren cuenta");
    assertTrue(passport.getJsonArray("errors").getJsonObject(0).getString("message").contains("a passport number"));
  }

  @Test
  void shouldLetOtherPartnersConfirmOrDisputeButNotTheAuthors() throws Exception {
    var note = Notes.written(Notes.partner(DAM), text("la oficina del INM atiende TVRH solo martes y jueves"));
    var id = note.getString("id");
    Thread.sleep(5);

    var confirmed = Api.data(Notes.call(Notes.partner(SHELTER), "confirmFieldNote", id, null))
        .getJsonObject("confirmFieldNote");
    assertEquals(1, confirmed.getInteger("confirmations"));
    assertTrue(Instant.parse(confirmed.getString("freshSince")).isAfter(Instant.parse(note.getString("writtenAt"))),
        "a confirmation renews the note's age");
    var disputed = Api.data(Notes.call(Notes.partner(LEGAL), "disputeFieldNote", id, null))
        .getJsonObject("disputeFieldNote");
    assertEquals(1, disputed.getInteger("disputes"));
    assertEquals("FORBIDDEN", Api.errorCode(Notes.call(Notes.partner(DAM), "confirmFieldNote", id, null)),
        "the author's organization does not confirm its own note");

    var changed = Api.data(Notes.call(Notes.partner(SHELTER), "disputeFieldNote", id, null))
        .getJsonObject("disputeFieldNote");
    assertEquals(0, changed.getInteger("confirmations"), "an organization has one verdict, the latest");
    assertEquals(2, changed.getInteger("disputes"));
    assertEquals("FORBIDDEN", Api.errorCode(Notes.call(TestNode.token(SHELTER, null, Scope.REFERRAL_READ),
        "confirmFieldNote", id, null)), "judging needs notes:write");
  }

  @Test
  void shouldLetTheRegionsCoordinatorHideANoteWithTheReasonInTheAuditLog() {
    var note = Notes.written(Notes.partner(DAM), text("en esta sucursal tratan mal a las personas haitianas"));
    var id = note.getString("id");

    var elsewhere = Notes.call(Notes.coordinator("north"), "hideFieldNote", id, "reason: \"no es de mi región\"");
    assertEquals("FORBIDDEN", Api.errorCode(elsewhere), "the north's coordinators do not moderate Tapachula");
    assertEquals("FORBIDDEN", Api.errorCode(Notes.call(Notes.partner(SHELTER), "hideFieldNote", id,
        "reason: \"no me gusta\"")), "partners do not moderate");

    var reason = "acusa sin datos verificables; pedimos a la DAM que la reescriba";
    var hidden = Api.data(Notes.call(Notes.coordinator("south"), "hideFieldNote", id, "reason: \"" + reason + "\""))
        .getJsonObject("hideFieldNote");
    assertTrue(hidden.getBoolean("hidden"));
    assertEquals(reason, hidden.getJsonObject("moderation").getString("reason"));
    assertNull(Notes.find(Notes.seenBy(Notes.partner(SHELTER), false), id), "partners no longer see it");
    assertNull(Notes.find(Notes.seenBy(Notes.partner(SHELTER), true), id), "not even asking for hidden ones");
    assertNotNull(Notes.find(Notes.seenBy(Notes.coordinator("south"), true), id), "coordinators do");

    var history = Api.data(TestNode.graphql(Notes.coordinator("south"),
        "query($id: ID!) { fieldNote(id: $id) { history { action fields } } }", new JsonObject().put("id", id)))
        .getJsonObject("fieldNote").getJsonArray("history");
    var last = history.getJsonObject(history.size() - 1);
    assertEquals("hideFieldNote", last.getString("action"));
    assertTrue(last.getJsonArray("fields").contains("reason: " + reason), last::encode);
    assertTrue(new AuditLog(TestGraph.graph()).verify().toCompletableFuture().join().isIntact(),
        "the reason is in the hash-chained log");

    var restored = Api.data(Notes.call(Notes.coordinator("south"), "restoreFieldNote", id,
        "reason: \"la DAM aportó los datos\"")).getJsonObject("restoreFieldNote");
    assertTrue(!restored.getBoolean("hidden"));
    assertNotNull(Notes.find(Notes.seenBy(Notes.partner(SHELTER), false), id));
    assertEquals("BAD_USER_INPUT", Api.errorCode(Notes.call(Notes.coordinator("south"), "hideFieldNote", id,
        "reason: \"la escribió rosa@example.org\"")), "a reason carries no person's data either");
  }

  @Test
  void shouldLetOnlyTheOwnerAnswer() {
    var id = Notes.written(Notes.partner(DAM), text("piden comprobante de domicilio a quien tiene TVRH"))
        .getString("id");
    assertEquals("FORBIDDEN", Api.errorCode(Notes.call(Notes.partner(SHELTER), "answerFieldNote", id,
        "text: \"no es cierto\"")));
    var answer = "desde el 1 de noviembre basta la TVRH y la CURP temporal";
    var answered = Api.data(Notes.call(TestNode.token(BANK, null, Scope.DIRECTORY_WRITE), "answerFieldNote", id,
        "text: \"" + answer + "\"")).getJsonObject("answerFieldNote");
    assertEquals(BANK, answered.getJsonObject("answer").getString("organization"));
    assertEquals(answer, Notes.find(Notes.seenBy(Notes.partner(SHELTER), false), id).getJsonObject("answer")
        .getString("text"));
  }
}
