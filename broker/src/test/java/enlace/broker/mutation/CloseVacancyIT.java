package enlace.broker.mutation;

import static enlace.broker.mutation.Offices.call;
import static enlace.broker.mutation.Offices.unique;
import static enlace.broker.mutation.Offices.writer;
import static enlace.graph.audit.AuditChecks.intactEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import enlace.broker.graphql.Api;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** closeVacancy: an employer ends its own vacancy now; the vacancy stays for history. */
class CloseVacancyIT {

  private static final String CLOSE = "mutation($id: ID!) { closeVacancy(vacancyId: $id) { localId expiresAt } }";

  private static String posted(String employer, String vacancy) {
    return Api.data(call(writer(employer), PostVacancyIT.POST, PostVacancyIT.vacancyInput(vacancy)))
        .getJsonObject("postVacancy").getString("id");
  }

  @Test
  void shouldSetTheExpiryToNowAndKeepTheVacancy() {
    var employer = PostVacancyIT.employer();
    var vacancy = unique("vac");
    var id = posted(employer, vacancy);
    long before = intactEvents();
    var asked = Instant.now();
    var closed = Api.data(TestNode.graphql(writer(employer), CLOSE, new JsonObject().put("id", id)))
        .getJsonObject("closeVacancy");
    assertEquals(before + 1, intactEvents());
    var expiresAt = Instant.parse(closed.getString("expiresAt"));
    assertFalse(expiresAt.isBefore(asked.minusSeconds(1)));
    assertFalse(expiresAt.isAfter(Instant.now()));
    var kept = PostVacancyIT.vacanciesOf(employer).stream().filter(v -> v.getString("localId").equals(vacancy))
        .findFirst().orElseThrow();
    assertEquals(expiresAt, Instant.parse(kept.getString("expiresAt")));
  }

  @Test
  void shouldRefuseAnotherEmployerAndLeaveTheVacancyOpen() {
    var employer = PostVacancyIT.employer();
    var vacancy = unique("vac");
    var id = posted(employer, vacancy);
    var body = TestNode.graphql(writer(PostVacancyIT.employer()), CLOSE, new JsonObject().put("id", id));
    assertEquals("FORBIDDEN", Api.errorCode(body), body::encodePrettily);
    assertNull(PostVacancyIT.vacanciesOf(employer).getFirst().getString("expiresAt"));
  }

  @Test
  void shouldSayWhenTheVacancyDoesNotExist() {
    var missing = new GlobalId("Vacancy", "mx", "no-such-vacancy").encode();
    var body = TestNode.graphql(writer(PostVacancyIT.employer()), CLOSE, new JsonObject().put("id", missing));
    assertEquals("NOT_FOUND", Api.errorCode(body));
    assertNull(body.getJsonObject("data").getValue("closeVacancy"));
  }
}
