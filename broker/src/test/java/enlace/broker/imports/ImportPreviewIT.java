package enlace.broker.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An office uploads its file, sees what each row would do with every problem in its language, and confirms: the
 * rows are written as shown; a preview the directory has overtaken is shown again instead; only its owner confirms
 * it; another organisation's records are refused as importBatch refuses them.
 */
class ImportPreviewIT {

  private static String sheet(String org, String... services) {
    var out = new StringBuilder("id_organizacion;organizacion;tipo_organizacion;servicio;categorias;clave_inegi;lugar\r\n");
    for (var service : services) {
      out.append(org).append(";Oficina de prueba ").append(org).append(";DAM;").append(service).append(";")
          .append(service.contains("Psico") ? "Atencion psicologica infantil de emergencias" : "Asesoría jurídica")
          .append(";07089;Oficina ").append(org).append("\r\n");
    }
    return out.toString();
  }

  private static HttpResponse<String> upload(String token, String file, byte[] body, String lang) {
    var uri = TestNode.uri(ImportPreviewRoutes.PATH + "?format=sheet&source=oficina-prueba&file="
        + URLEncoder.encode(file, StandardCharsets.UTF_8));
    var request = HttpRequest.newBuilder(uri).header("Content-Type", "text/csv").header("Accept-Language", lang)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return TestNode.send(request.build());
  }

  private static HttpResponse<String> confirm(String token, String id) {
    return TestNode.send(HttpRequest.newBuilder(TestNode.uri(ImportPreviewRoutes.PATH + "/" + id + "/confirm"))
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  private static byte[] windows1252(String text) {
    return text.getBytes(Charset.forName("windows-1252"));
  }

  private static List<String> outcomes(JsonObject preview) {
    return preview.getJsonObject("summary").getJsonArray("rows").stream()
        .map(r -> ((JsonObject) r).getString("outcome")).toList();
  }

  @Test
  void aPreviewShowsEachRowAndItsProblemsAndConfirmingWritesWhatItShowed() {
    var org = "org-preview-" + UUID.randomUUID().toString().substring(0, 8);
    var token = TestNode.token(org, null, Scope.DIRECTORY_WRITE);
    var file = windows1252(sheet(org, "Orientación jurídica", "Psicología de urgencia"));

    var spanish = upload(token, "directorio.csv", file, "es-MX");
    assertEquals(201, spanish.statusCode(), spanish.body());
    var preview = new JsonObject(spanish.body());
    assertEquals(List.of("CREATE", "CREATE"), outcomes(preview), spanish.body());
    assertEquals(2, preview.getJsonObject("summary").getInteger("created"), "two would be created");
    assertEquals(false, preview.getJsonObject("summary").getBoolean("written"), "nothing is written by a preview");
    var warning = preview.getJsonObject("summary").getJsonArray("problems").getJsonObject(0);
    assertEquals("CATEGORY", warning.getString("kind"), spanish.body());
    assertTrue(warning.getString("message").contains("¿quiso decir"), warning.encode());
    assertTrue(!warning.getJsonArray("suggestions").isEmpty(), "with candidates to choose: " + warning.encode());
    var english = new JsonObject(upload(token, "directorio.csv", file, "en").body());
    assertTrue(english.getJsonObject("summary").getJsonArray("problems").getJsonObject(0).getString("message")
        .contains("did you mean"), english.encode());

    var done = confirm(token, preview.getString("id"));
    assertEquals(200, done.statusCode(), done.body());
    assertEquals(2, new JsonObject(done.body()).getJsonObject("summary").getInteger("created"), done.body());
    assertEquals(404, confirm(token, preview.getString("id")).statusCode(), "a confirmed preview is gone");
    assertEquals(List.of("UNCHANGED", "UNCHANGED"), outcomes(new JsonObject(upload(token, "directorio.csv", file,
        "es").body())), "the same file again changes nothing");
  }

  @Test
  void aPreviewTheDirectoryOvertookIsShownAgainNotApplied() {
    var org = "org-preview-" + UUID.randomUUID().toString().substring(0, 8);
    var token = TestNode.token(org, null, Scope.DIRECTORY_WRITE);
    var file = windows1252(sheet(org, "Orientación jurídica"));
    var first = new JsonObject(upload(token, "a.csv", file, "es").body());
    var second = new JsonObject(upload(token, "a.csv", file, "es").body());
    assertEquals(200, confirm(token, second.getString("id")).statusCode());

    var stale = confirm(token, first.getString("id"));
    assertEquals(409, stale.statusCode(), stale.body());
    var fresh = new JsonObject(stale.body()).getJsonObject("preview");
    assertEquals(List.of("UNCHANGED"), outcomes(fresh), "the fresh preview says what the row would do now");
  }

  @Test
  void onlyItsOwnerConfirmsAndNobodyImportsAnotherOrganizationsRecords() {
    var org = "org-preview-" + UUID.randomUUID().toString().substring(0, 8);
    var token = TestNode.token(org, null, Scope.DIRECTORY_WRITE);
    var preview = new JsonObject(upload(token, "a.csv", windows1252(sheet(org, "Orientación jurídica")), "es")
        .body());
    var stranger = TestNode.token("demo-org-tap-dam", null, Scope.DIRECTORY_WRITE);
    assertEquals(403, confirm(stranger, preview.getString("id")).statusCode());

    var foreign = new JsonObject(upload(stranger, "b.csv", windows1252(sheet(org, "Orientación jurídica")), "en")
        .body());
    var problem = foreign.getJsonObject("summary").getJsonArray("problems").getJsonObject(0);
    assertEquals("FOREIGN_RECORD", problem.getString("kind"), foreign.encode());
    assertEquals("ERROR", problem.getString("severity"));
    assertEquals(401, upload(null, "c.csv", windows1252(sheet(org, "x")), "es").statusCode());
  }

  @Test
  void aSuggestionChosenInThePreviewIsWhatGetsImportedAndOnlyOfferedOnesAreTaken() {
    var org = "org-preview-" + UUID.randomUUID().toString().substring(0, 8);
    var token = TestNode.token(org, null, Scope.DIRECTORY_WRITE);
    var preview = new JsonObject(upload(token, "a.csv", windows1252(sheet(org, "Psicología de urgencia")), "es")
        .body());
    var warning = preview.getJsonObject("summary").getJsonArray("problems").getJsonObject(0);
    var offered = warning.getJsonArray("suggestions").getJsonObject(0).getString("value");
    var forged = choose(token, preview.getString("id"), warning.getString("value"), "https://w3id.org/enlace/ns#doc-tvrh");
    assertEquals(400, forged.statusCode(), "a concept the preview did not offer is refused: " + forged.body());

    var chosen = choose(token, preview.getString("id"), warning.getString("value"), offered);
    assertEquals(200, chosen.statusCode(), chosen.body());
    var again = new JsonObject(chosen.body());
    assertTrue(again.getJsonObject("summary").getJsonArray("problems").isEmpty(), "no warning left: " + chosen.body());
    var done = confirm(token, again.getString("id"));
    assertEquals(200, done.statusCode(), done.body());
    var categories = TestNode.graphql(token, "query($id: ID!) { organization(id: $id) { services { categories { iri } } } }",
        new JsonObject().put("id", new enlace.broker.directory.GlobalId("Organization", "mx", org).encode()));
    assertTrue(categories.encode().contains(offered), "the service carries the chosen category: " + categories.encode());
  }

  private static HttpResponse<String> choose(String token, String id, String value, String concept) {
    var body = new JsonObject().put("choices", new io.vertx.core.json.JsonArray().add(new JsonObject()
        .put("kind", "CATEGORY").put("value", value).put("concept", concept)));
    return TestNode.send(HttpRequest.newBuilder(TestNode.uri(ImportPreviewRoutes.PATH + "/" + id + "/choices"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build());
  }
}
