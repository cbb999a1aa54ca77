package enlace.broker.mutation;

import static enlace.broker.mutation.Offices.UPSERT_ORGANIZATION;
import static enlace.broker.mutation.Offices.call;
import static enlace.broker.mutation.Offices.organizationInput;
import static enlace.broker.mutation.Offices.unique;
import static enlace.broker.mutation.Offices.writer;
import static enlace.graph.audit.AuditChecks.intactEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.graph.TestGraph;
import enlace.graph.organization.OrganizationRepository;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** upsertOrganization: an organization keeps its own record, and only its own. */
class UpsertOrganizationIT {

  private static final OrganizationRepository ORGANIZATIONS = new OrganizationRepository(TestGraph.graph());

  @Test
  void shouldCreateThenReplaceItsOwnRecordByItsGlobalId() {
    var organization = unique("org");
    var created = Api.data(call(writer(organization), UPSERT_ORGANIZATION, organizationInput(organization)))
        .getJsonObject("upsertOrganization");
    assertEquals("https://w3id.org/enlace/ns#kind-shelter", created.getString("kind"));
    var renamed = organizationInput(created.getString("id")).put("name", "Casa renombrada").put("kind", "enl:kind-dam");
    Api.data(call(writer(organization), UPSERT_ORGANIZATION, renamed));
    var read = TestNode.graphql("query($id: ID!) { organization(id: $id) { localId name kind email } }",
        new JsonObject().put("id", created.getString("id")));
    var found = Api.data(read).getJsonObject("organization");
    assertEquals("Casa renombrada", found.getString("name"));
    assertEquals("https://w3id.org/enlace/ns#kind-dam", found.getString("kind"));
  }

  @Test
  void shouldRefuseWritingAnotherOrganizationAndWriteNothing() {
    var other = unique("org");
    long before = intactEvents();
    var body = call(writer(unique("org")), UPSERT_ORGANIZATION, organizationInput(other));
    assertEquals("FORBIDDEN", Api.errorCode(body), body::encodePrettily);
    assertTrue(ORGANIZATIONS.byId(other).toCompletableFuture().join().isEmpty());
    assertEquals(before, intactEvents());
  }

  @Test
  void shouldNameAnUnknownKindAndABadAddress() {
    var organization = unique("org");
    var body = call(writer(organization), UPSERT_ORGANIZATION,
        organizationInput(organization).put("kind", "enl:no-such-kind").put("email", "nobody"));
    assertEquals(List.of("input.kind", "input.email"), Offices.arguments(body), body::encodePrettily);
    assertTrue(ORGANIZATIONS.byId(organization).toCompletableFuture().join().isEmpty());
  }
}
