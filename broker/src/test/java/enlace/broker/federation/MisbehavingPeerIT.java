package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.federation.RoguePeer.Behaviour;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A peer of the north that answers badly ({@link RoguePeer}) is cut off (time limit, size cap, schema check,
 * radius and region checks, and at last its circuit breaker), reported with a reason in federation.peers,
 * and the north's own results stand.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MisbehavingPeerIT {

  /** Shelters within 200 km of Tijuana: the north answers, the south and centre are too far to be asked. */
  private static JsonObject searchFromNorth() {
    return FederatedSearchIT.search("north", "02004", 200, List.of("enl:shelter"), 20, null, "FEDERATED");
  }

  private static JsonObject rogueReport(Behaviour behaviour) {
    FederationNodes.rogue().behave(behaviour);
    var body = searchFromNorth();
    var edges = FederatedSearchIT.edges(body);
    assertFalse(edges.isEmpty(), "the north's own results stand: " + body.encode());
    assertTrue(edges.stream().allMatch(e -> e.getString("nodeId").equals("north")), body.encode());
    return FederatedSearchIT.peers(body).get(RoguePeer.ID);
  }

  @AfterEach
  void behaveAgain() {
    FederationNodes.rogue().behave(Behaviour.WELL);
  }

  @Test
  @Order(0)
  void aPeerDownAtStartDoesNotHoldTheNodeBackAndJoinsWhenItComesUp() throws InterruptedException {
    var north = FederationNodes.node("north").federation().orElseThrow();
    assertTrue(awaitLinked(north, "south") && awaitLinked(north, "centre"), "linked: " + north.linkedPeers());
    assertFalse(north.linkedPeers().contains(RoguePeer.ID), "the rogue was still starting");
    FederationNodes.rogue().comeUp();
    assertTrue(awaitLinked(north, RoguePeer.ID), "linked: " + north.linkedPeers());
  }

  private static boolean awaitLinked(Federation federation, String peer) throws InterruptedException {
    for (int i = 0; i < 100 && !federation.linkedPeers().contains(peer); i++) {
      Thread.sleep(100);
    }
    return federation.linkedPeers().contains(peer);
  }

  @Test
  @Order(1)
  void aPeerAnsweringWellIsAskedAndOk() {
    assertEquals("ok", rogueReport(Behaviour.WELL).getString("status"));
  }

  @Test
  @Order(2)
  void aSlowPeerCostsAtMostItsTimeout() {
    var report = rogueReport(Behaviour.SLOW);
    assertEquals("timeout", report.getString("status"), report.encode());
    assertTrue(report.getLong("tookMs") <= FederationNodes.DEADLINE.toMillis(), report.encode());
  }

  @Test
  @Order(3)
  void malformedJsonIsRefused() {
    var report = rogueReport(Behaviour.MALFORMED);
    assertEquals("invalid", report.getString("status"), report.encode());
    assertTrue(report.getString("reason").contains("malformed JSON"), report.encode());
  }

  @Test
  @Order(4)
  void tenMegabytesAreCutOffAtTheSizeCap() {
    var report = rogueReport(Behaviour.HUGE);
    assertEquals("too-large", report.getString("status"), report.encode());
    assertTrue(report.getString("reason").contains("1024 KB"), report.encode());
  }

  @Test
  @Order(5)
  void resultsOutsideTheAskedRadiusAreRefused() {
    var report = rogueReport(Behaviour.OUTSIDE_RADIUS);
    assertEquals("invalid", report.getString("status"), report.encode());
    assertTrue(report.getString("reason").contains("outside the 200 km asked"), report.encode());
  }

  @Test
  @Order(6)
  void anotherRegionsIdsAreRefused() {
    var report = rogueReport(Behaviour.FOREIGN_IDS);
    assertEquals("invalid", report.getString("status"), report.encode());
    assertTrue(report.getString("reason").contains("region centre"), report.encode());
  }

  @Test
  @Order(100)
  void aPeerThatKeepsMisbehavingIsLeftAloneByItsBreaker() {
    String status = null;
    for (int i = 0; i <= FederationNodes.NORTH_BREAKER_FAILURES && !"circuit-open".equals(status); i++) {
      status = rogueReport(Behaviour.MALFORMED).getString("status");
    }
    assertEquals("circuit-open", status);
    int reached = FederationNodes.rogue().searches();
    assertEquals("circuit-open", rogueReport(Behaviour.MALFORMED).getString("status"));
    assertEquals(reached, FederationNodes.rogue().searches(), "an open circuit sends the peer nothing");
  }
}
