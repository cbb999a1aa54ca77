package enlace.broker.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

class DemoNodeIT {

  @Test
  void shouldReportHealthyOnceReady() {
    var response = TestNode.send(HttpRequest.newBuilder(TestNode.uri("/health")).GET().build());
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("UP"));
  }

  @Test
  void shouldServeEveryMunicipalityOfMexico() {
    var data = TestNode.graphql("{ municipalities(first: 1) { totalCount } }", null).getJsonObject("data");
    assertTrue(data.getJsonObject("municipalities").getInteger("totalCount") >= 2470);
  }

  @Test
  void shouldServeGraphiql() {
    var response = TestNode.send(HttpRequest.newBuilder(TestNode.uri("/graphiql/")).GET().build());
    assertEquals(200, response.statusCode());
    assertTrue(response.body().toLowerCase().contains("<html"));
  }
}
