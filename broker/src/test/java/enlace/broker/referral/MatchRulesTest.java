package enlace.broker.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.referral.Household;
import enlace.graph.referral.Profile;
import enlace.graph.referral.Urgency;
import enlace.graph.service.Capacity;
import enlace.graph.service.Location;
import enlace.graph.service.OpeningHours;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceHit;
import enlace.ontology.Ontology;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchRulesTest {

  private static final String NS = "https://w3id.org/enlace/ns#";
  private static final Ontology ONTOLOGY = Ontology.load();
  private static final MatchRules RULES = new MatchRules(ONTOLOGY, Duration.ofHours(48));
  /** A Tuesday, 10:00 in Tapachula. */
  private static final Instant NOW = Instant.parse("2026-12-01T16:00:00Z");

  private static Need need(Household household, Profile profile, List<String> documents) {
    var held = Set.copyOf(documents);
    return new Need(List.of(NS + "shelter"), Map.of(NS + "shelter", ONTOLOGY.expand(NS + "shelter")), documents, held,
        ONTOLOGY.rightsGrantedBy(held), Set.of("es"), new GeoPoint(14.9, -92.26), "07089", 25, household, profile,
        null, Urgency.ROUTINE);
  }

  private static Service.Builder shelter(String... categories) {
    return Service.builder("s").region("mx").organization("o").name("Albergue")
        .categories(List.of(categories)).timezone(ZoneId.of("America/Mexico_City"));
  }

  private static ServiceMatch judge(Service service, Household household, List<String> documents) {
    return judge(service, household, Profile.NONE, documents);
  }

  private static ServiceMatch judge(Service service, Household household, Profile profile, List<String> documents) {
    var location = new Location("l", null, null, null, new MunicipalityCode("07089"), new GeoPoint(14.91, -92.26));
    return RULES.judge(new ServiceHit(service, location, 1200), need(household, profile, documents), NS + "shelter",
        NOW);
  }

  private static boolean passed(ServiceMatch match, MatchRule rule) {
    return match.reasons().stream().filter(r -> r.rule() == rule).findFirst().orElseThrow().passed();
  }

  @Test
  void aMensShelterTakesNoFamilyAndAsksWhetherALoneAdultIsAMan() {
    var family = new Household(2, 2);
    var men = judge(shelter(NS + "shelter", NS + "shelter-men").audience(List.of("adult-men")).build(), family,
        List.of());
    assertFalse(men.eligible());
    assertFalse(men.depends(), "no answer makes a men's shelter take children");
    assertFalse(passed(men, MatchRule.HOUSEHOLD));
    var single = judge(shelter(NS + "shelter", NS + "shelter-men").build(), Household.singleAdult(), List.of());
    assertTrue(single.depends());
    assertEquals("¿La persona es hombre?", single.questions().getFirst().text("es"));
    var man = new Profile(Profile.Gender.MAN, null, List.of(), null, null, null);
    assertTrue(judge(shelter(NS + "shelter", NS + "shelter-men").build(), Household.singleAdult(), man, List.of())
        .eligible());
  }

  @Test
  void aPeersOpenQuestionIsDecidedByTheProfileThatStayedHome() {
    var men = shelter(NS + "shelter-men").build();
    var judgedByPeer = judge(men, Household.singleAdult(), List.of());
    var man = new Profile(Profile.Gender.MAN, null, List.of(), null, null, null);
    var decided = judgedByPeer.decidedBy(man).orElseThrow();
    assertTrue(decided.eligible());
    assertEquals(judge(men, Household.singleAdult(), man, List.of()).score(), decided.score(),
        "an open question costs no points, so answering it keeps the rank");
    var woman = new Profile(Profile.Gender.WOMAN, null, List.of(), null, null, null);
    assertTrue(judgedByPeer.decidedBy(woman).isEmpty(), "a woman is not proposed a men's shelter");
    assertTrue(judgedByPeer.decidedBy(Profile.NONE).orElseThrow().depends(), "nothing said: still a question");
  }

  @Test
  void aFullServiceIsANearMissAndAnOldFigureIsFlagged() {
    var family = new Household(1, 1);
    var full = judge(shelter(NS + "shelter-family").capacity(new Capacity(10, 0, "bed-night", NOW)).build(),
        family, List.of());
    assertFalse(full.eligible());
    var stale = judge(shelter(NS + "shelter-family")
        .capacity(new Capacity(10, 3, "bed-night", NOW.minus(Duration.ofHours(96)))).build(), family,
        List.of());
    assertTrue(stale.eligible());
    assertTrue(stale.capacityStale());
    var fresh = judge(shelter(NS + "shelter-family").capacity(new Capacity(10, 3, "bed-night", NOW)).build(),
        family, List.of());
    assertTrue(fresh.score() > stale.score(), "a figure nobody confirmed ranks lower");
  }

  @Test
  void documentsThatGrantTheSameRightAreExplained() {
    var employer = shelter(NS + "shelter").acceptedDocuments(List.of(NS + "doc-temporary-resident-card")).build();
    var match = judge(employer, Household.singleAdult(), List.of(NS + "doc-tvrh"));
    assertFalse(passed(match, MatchRule.DOCUMENTS));
    var explanation = match.reasons().stream().filter(r -> r.rule() == MatchRule.DOCUMENTS).findFirst().orElseThrow()
        .explanation();
    assertTrue(explanation.contains("also grant"), explanation);
    var accepts = shelter(NS + "shelter").acceptedDocuments(List.of(NS + "doc-tvrh")).build();
    assertTrue(judge(accepts, Household.singleAdult(), List.of(NS + "doc-tvrh")).eligible());
  }

  @Test
  void openSoonPassesAndClosedForLongOnlyLowersTheScore() {
    var at = NOW.atZone(ZoneId.of("America/Mexico_City"));
    assertEquals(DayOfWeek.TUESDAY, at.getDayOfWeek());
    var open = shelter(NS + "shelter").hours(List.of(OpeningHours.of(DayOfWeek.TUESDAY, "08:00", "18:00"))).build();
    assertTrue(MatchRules.open(open, NOW).passed());
    var soon = shelter(NS + "shelter").hours(List.of(OpeningHours.of(DayOfWeek.TUESDAY, "14:00", "18:00"))).build();
    assertTrue(MatchRules.open(soon, NOW).passed());
    var friday = shelter(NS + "shelter").hours(List.of(OpeningHours.of(DayOfWeek.FRIDAY, "08:00", "12:00"))).build();
    assertFalse(MatchRules.open(friday, NOW).passed());
    assertTrue(judge(friday, Household.singleAdult(), List.of()).eligible(), "hours rank, they do not exclude");
  }
}
