package enlace.broker.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** The directory read through the HSDS 3.1 API shape. */
class HsdsApiIT {

  private static JsonObject get(String path, int status) {
    var response = TestNode.send(HttpRequest.newBuilder(TestNode.uri(path)).GET().build());
    assertEquals(status, response.statusCode(), response.body());
    return new JsonObject(response.body());
  }

  @Test
  void shouldPageServicesWithTheHsdsPagingFields() {
    var first = get("/hsds/services?per_page=2", 200);
    assertEquals(1, first.getInteger("page_number"));
    assertEquals(2, first.getInteger("size"));
    assertTrue(first.getBoolean("first_page"));
    assertFalse(first.getBoolean("empty"));
    assertEquals((first.getInteger("total_items") + 1) / 2, first.getInteger("total_pages"));
    var service = first.getJsonArray("contents").getJsonObject(0);
    assertTrue(service.containsKey("organization") && service.containsKey("service_at_locations"), service.encode());

    var second = get("/hsds/services?per_page=2&page=2", 200);
    assertFalse(second.getBoolean("first_page"));
    assertFalse(second.getJsonArray("contents").getJsonObject(0).getString("id").equals(service.getString("id")));
  }

  @Test
  void shouldServeOneServiceAndOneOrganizationById() {
    var service = get("/hsds/services/demo-svc-tap-dam-orientacion", 200);
    assertEquals("demo-org-tap-dam", service.getString("organization_id"));
    assertEquals("07089", service.getJsonArray("service_at_locations").getJsonObject(0).getJsonObject("location")
        .getString("external_identifier"));
    var organization = get("/hsds/organizations/demo-org-tap-dam", 200);
    assertEquals("demo-org-tap-dam", organization.getString("id"));
    assertTrue(get("/hsds/organizations?per_page=3", 200).getJsonArray("contents").size() <= 3);
  }

  @Test
  void shouldAnswerNotFoundAndBadPaging() {
    assertEquals("not found", get("/hsds/services/no-such-service", 404).getString("error"));
    assertEquals("page must be 1 or more", get("/hsds/services?page=0", 400).getString("error"));
    assertEquals("per_page must be a whole number, got ten",
        get("/hsds/services?per_page=ten", 400).getString("error"));
    var farBeyond = get("/hsds/services?page=2000000000&per_page=100", 200);
    assertTrue(farBeyond.getBoolean("empty") && farBeyond.getBoolean("last_page"), farBeyond.encode());
  }
}
