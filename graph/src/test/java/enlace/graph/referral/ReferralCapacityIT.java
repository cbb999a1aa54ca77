package enlace.graph.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.TestGraph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
import enlace.graph.service.Capacity;
import enlace.graph.service.ListedService;
import enlace.graph.service.Location;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Counted capacity under acceptances that race for the last free place. */
class ReferralCapacityIT {

  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  private final ReferralRepository referrals = new ReferralRepository(TestGraph.graph());
  private final ReferralTransitions transitions = new ReferralTransitions(TestGraph.graph());

  @BeforeEach
  void oneShelterWithOneBed() {
    TestGraph.clean();
    var graph = TestGraph.graph();
    new OrganizationRepository(graph).upsertAll(List.of(new Organization("shelter", "south", "Casa",
        "https://w3id.org/enlace/ns#kind-shelter", null, null, null, null, null, "test"))).toCompletableFuture().join();
    var location = new Location("l", null, null, null, new MunicipalityCode("07089"), new GeoPoint(14.9, -92.26));
    var service = Service.builder("bed").region("south").organization("shelter").name("Albergue")
        .categories(List.of("https://w3id.org/enlace/ns#shelter-family"))
        .capacity(new Capacity(1, 1, "bed-night", NOW)).locations(List.of("l")).build();
    new ServiceRepository(graph).upsertAll(List.of(new ListedService(service, List.of(location))))
        .toCompletableFuture().join();
  }

  private void refer(String id) {
    var consent = new Consent("shelter", List.of(), Set.of(), "v1", NOW, "officer", null);
    var referral = new Referral(id, "south", ReferralStatus.REQUESTED, List.of("https://w3id.org/enlace/ns#shelter"),
        List.of(), List.of(), "07089", null, Urgency.URGENT, new Household(1, 1), null, "R-" + id, "dam", "shelter",
        "bed", "south", NOW, NOW, null, null, null, null, null, consent);
    referrals.create(referral, Optional.empty(), "officer", entry(id)).toCompletableFuture().join();
  }

  private static AuditEntry entry(String id) {
    return new AuditEntry("worker", "test", "shelter", "accept", "Referral:" + id, List.of("status"));
  }

  private CompletableFuture<Moved> accept(String id) {
    return transitions.move(new Transition(id, ReferralStatus.ACCEPTED, "shelter", "worker", null, null, entry(id),
        NOW)).toCompletableFuture();
  }

  private int available() {
    return new ServiceRepository(TestGraph.graph()).byId("bed").toCompletableFuture().join().orElseThrow()
        .capacity().available();
  }

  @Test
  void shouldLetOnlyOneOfTwoRacingAcceptancesTakeTheLastBed() {
    refer("a");
    refer("b");
    var outcomes = new ArrayList<CompletableFuture<Moved>>(List.of(accept("a"), accept("b")));
    int accepted = 0;
    for (var outcome : outcomes) {
      try {
        outcome.join();
        accepted++;
      } catch (CompletionException e) {
        var refused = assertInstanceOf(ReferralRefused.class, e.getCause());
        assertEquals(ReferralRefused.Code.NO_CAPACITY, refused.code());
      }
    }
    assertEquals(1, accepted);
    assertEquals(0, available());
  }

  @Test
  void shouldGiveTheBedNightBackWhenTheStayEndsAndNotTwice() {
    refer("a");
    accept("a").join();
    assertEquals(0, available());
    var done = transitions.move(new Transition("a", ReferralStatus.CANCELLED, "dam", "officer", null, null, entry("a"),
        NOW)).toCompletableFuture().join();
    assertEquals(ReferralStatus.CANCELLED, done.referral().status());
    assertEquals(1, available());
    assertTrue(done.event().sequence() == 3, "requested, accepted, cancelled");
  }
}
