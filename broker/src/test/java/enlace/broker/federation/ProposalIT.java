package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.directory.GlobalId;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * matchServices from the south when none of its family shelters has room: the centre's family shelter comes
 * back as a proposal with the centre's reasons, its id sends a cross-region referral there, and with the
 * peers down the answer still comes within the deadline, the peers marked and nothing proposed.
 */
class ProposalIT {

  private static final String MATCH = """
      query($need: NeedInput!, $scope: SearchScope) {
        matchServices(need: $need, first: 5, scope: $scope) {
          matches { service { id capacity { total available } organization { localId } } }
          proposals { nodeId service { id name } distanceKm score eligible reasons { rule passed explanation } }
          depends { service { id } }
          federation { peers { id status tookMs count } }
        }
      }""";

  private record Full(String serviceId, String organization, int total, int available) {}

  @Test
  void whenTheSouthsSheltersAreFullTheCentresIsProposedAndTakesTheReferral() throws InterruptedException {
    FederationNodes.node("centre");
    var full = fill(family());
    try {
      var needs = match(family(), null);
      assertTrue(needs.getJsonArray("matches").isEmpty(), () -> needs.encodePrettily());
      var proposal = needs.getJsonArray("proposals").stream().map(JsonObject.class::cast)
          .filter(p -> p.getJsonObject("service").getString("id").equals(CrossRegionReferralIT.SHELTER)).findFirst()
          .orElseThrow(() -> new AssertionError("the centre's family shelter is not proposed: " + needs.encode()));
      assertEquals("centre", proposal.getString("nodeId"));
      assertTrue(proposal.getBoolean("eligible"));
      assertTrue(proposal.getDouble("distanceKm") > 700, "measured from Tapachula");
      var capacity = proposal.getJsonArray("reasons").stream().map(JsonObject.class::cast)
          .filter(r -> r.getString("rule").equals("CAPACITY")).findFirst().orElseThrow();
      assertTrue(capacity.getBoolean("passed"));
      assertTrue(capacity.getString("explanation").contains("11"), capacity.getString("explanation"));
      assertEquals("ok", peer(needs, "centre").getString("status"));

      var local = match(family(), "LOCAL");
      assertTrue(local.getJsonArray("proposals").isEmpty());
      assertNull(local.getValue("federation"), "scope: LOCAL asks no peer");

      var id = CrossRegionReferralIT.create(List.of("HOUSEHOLD"), List.of(), proposal.getJsonObject("service")
          .getString("id")).getString("id");
      assertEquals(id, CrossRegionReferralIT.awaitInbox(id, r -> true).getString("id"));
    } finally {
      restore(full);
    }
  }

  @Test
  void aPeersPlaceThatDependsOnTheProfileIsProposedWhenTheProfileKeptAtHomeSaysYes() {
    FederationNodes.node("centre");
    var refuge = new GlobalId("Service", "centre", "demo-svc-cdmx-alb-mujeres-hospedaje").encode();
    var woman = person("WOMAN");
    var full = fill(woman);
    try {
      var needs = match(woman, null);
      assertTrue(needs.getJsonArray("matches").isEmpty(), () -> needs.encodePrettily());
      var proposal = needs.getJsonArray("proposals").stream().map(JsonObject.class::cast)
          .filter(p -> p.getJsonObject("service").getString("id").equals(refuge)).findFirst()
          .orElseThrow(() -> new AssertionError("the centre's refuge is not proposed: " + needs.encode()));
      assertTrue(proposal.getBoolean("eligible"));
      var household = proposal.getJsonArray("reasons").stream().map(JsonObject.class::cast)
          .filter(r -> r.getString("rule").equals("HOUSEHOLD")).findFirst().orElseThrow();
      assertEquals("takes the person: Is the person a woman? yes", household.getString("explanation"),
          "the centre judged without the profile, which stayed in the south, and the south answered its question");

      var man = match(person("MAN"), null);
      assertTrue(man.getJsonArray("proposals").stream().map(JsonObject.class::cast)
          .noneMatch(p -> p.getJsonObject("service").getString("id").equals(refuge)), () -> man.encodePrettily());
    } finally {
      restore(full);
    }
  }

  @Test
  void withThePeersDownTheAnswerComesWithinTheDeadlineWithoutProposals() {
    var full = fill(family());
    FederationNodes.stop("centre");
    FederationNodes.stop("north");
    try {
      long started = System.nanoTime();
      var needs = match(family(), null);
      var took = Duration.ofNanos(System.nanoTime() - started);
      assertTrue(took.compareTo(FederationNodes.DEADLINE.plusSeconds(2)) < 0, "took " + took);
      assertTrue(needs.getJsonArray("proposals").isEmpty());
      for (var node : List.of("centre", "north")) {
        var status = peer(needs, node).getString("status");
        assertTrue(List.of("error", "timeout", "circuit-open").contains(status), node + " " + status);
      }
    } finally {
      restore(full);
    }
  }

  /** A family of four in Tapachula with a TVRH, needing a family shelter. */
  private static JsonObject family() {
    return new JsonObject().put("categories", new JsonArray().add("enl:shelter-family"))
        .put("documents", new JsonArray().add("enl:doc-tvrh")).put("languages", new JsonArray().add("es"))
        .put("municipality", "07089").put("household", new JsonObject().put("adults", 2).put("children", 2));
  }

  /** One adult of this gender with a child in Tapachula, needing a shelter for women and children. */
  private static JsonObject person(String gender) {
    return new JsonObject().put("categories", new JsonArray().add("enl:shelter-women-children"))
        .put("municipality", "07089").put("household", new JsonObject().put("adults", 1).put("children", 1))
        .put("profile", new JsonObject().put("gender", gender));
  }

  /** The south's answer to the need: its one need's matches and proposals. */
  private static JsonObject match(JsonObject need, String scope) {
    var answer = CrossRegionReferralIT.graphql("south", CrossRegionReferralIT.dam(), MATCH,
        new JsonObject().put("need", need).put("scope", scope));
    assertNull(answer.getValue("errors"), () -> answer.encode());
    return answer.getJsonObject("data").getJsonArray("matchServices").getJsonObject(0);
  }

  private static JsonObject peer(JsonObject needs, String id) {
    return needs.getJsonObject("federation").getJsonArray("peers").stream().map(JsonObject.class::cast)
        .filter(p -> p.getString("id").equals(id)).findFirst().orElseThrow();
  }

  /** Every south shelter that could take the person now has no free place; what they had, to put back. */
  private static List<Full> fill(JsonObject need) {
    var full = new ArrayList<Full>();
    for (var m : match(need, "LOCAL").getJsonArray("matches")) {
      var service = ((JsonObject) m).getJsonObject("service");
      var capacity = service.getJsonObject("capacity");
      var was = new Full(service.getString("id"), service.getJsonObject("organization").getString("localId"),
          capacity.getInteger("total"), capacity.getInteger("available"));
      full.add(was);
      setCapacity(was, 0);
    }
    return full;
  }

  private static void restore(List<Full> full) {
    full.forEach(f -> setCapacity(f, f.available()));
  }

  private static void setCapacity(Full service, int available) {
    var answer = CrossRegionReferralIT.graphql("south", CrossRegionReferralIT.token("south", service.organization(),
        Scope.DIRECTORY_WRITE), "mutation($id: ID!, $available: Int!, $total: Int) { updateCapacity(serviceId: $id, "
        + "available: $available, total: $total) { id } }", new JsonObject().put("id", service.serviceId())
        .put("available", available).put("total", service.total()));
    assertNull(answer.getValue("errors"), () -> answer.encode());
  }
}
