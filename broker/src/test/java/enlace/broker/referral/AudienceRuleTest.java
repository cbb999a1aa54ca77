package enlace.broker.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.referral.Household;
import enlace.graph.referral.Profile;
import enlace.graph.service.Service;
import enlace.ontology.Ontology;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who each kind of place takes, for each shape of household and what the person said (a table of cases). */
class AudienceRuleTest {

  private static final String NS = "https://w3id.org/enlace/ns#";
  private static final Ontology ONTOLOGY = Ontology.load();
  private static final AudienceRule RULE = new AudienceRule(ONTOLOGY);

  /** The services of the table: categories, then the audience the service lists itself. */
  private static final Map<String, Service> SERVICES = Map.ofEntries(
      service("women-refuge", "shelter shelter-women-children", "adult-women family"),
      service("men-shelter", "shelter shelter-men", "adult-men"),
      service("lgbti-shelter", "shelter shelter-lgbti", "lgbti"),
      service("family-shelter", "shelter shelter-family", "family adult-women"),
      service("minors-facility", "shelter shelter-minors", "unaccompanied-minors"),
      service("transit-shelter", "shelter shelter-transit", ""),
      service("men-and-families", "shelter shelter-family shelter-men", "family adult-men adult-women"),
      service("plain-shelter-for-women", "shelter", "adult-women"),
      service("women-or-lgbti", "shelter", "adult-women lgbti"),
      service("clinic", "health", ""),
      service("employer", "employment", "family adult-men adult-women lgbti"),
      service("gbv-refuge", "protection-gbv", "survivors"),
      service("maternity-home", "health", "pregnant"),
      service("rehabilitation", "health", "reduced-mobility"),
      service("child-protection", "protection-child", "unaccompanied-minors family"));

  @ParameterizedTest(name = "{0}: {1} adults, {2} children, [{3}] -> {4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      women-refuge            | 1 | 0 | gender=WOMAN              | PASS
      women-refuge            | 1 | 2 | gender=WOMAN              | PASS
      women-refuge            | 1 | 0 | gender=MAN                | FAIL
      women-refuge            | 1 | 2 | gender=MAN                | FAIL
      women-refuge            | 1 | 0 | gender=NON_BINARY         | FAIL
      women-refuge            | 1 | 0 | -                         | DEPENDS GENDER
      women-refuge            | 1 | 0 | gender=NOT_SAID           | DEPENDS GENDER
      women-refuge            | 2 | 1 | gender=WOMAN              | FAIL
      women-refuge            | 0 | 1 | -                         | FAIL
      men-shelter             | 1 | 0 | gender=MAN                | PASS
      men-shelter             | 1 | 0 | gender=WOMAN              | FAIL
      men-shelter             | 1 | 0 | -                         | DEPENDS GENDER
      men-shelter             | 1 | 1 | gender=MAN                | FAIL
      men-shelter             | 2 | 0 | gender=MAN                | FAIL
      men-shelter             | 0 | 1 | gender=MAN                | FAIL
      lgbti-shelter           | 1 | 0 | lgbti=true                | PASS
      lgbti-shelter           | 1 | 2 | lgbti=true                | PASS
      lgbti-shelter           | 1 | 0 | lgbti=false               | FAIL
      lgbti-shelter           | 1 | 0 | gender=NON_BINARY         | DEPENDS LGBTI_SAFE_PLACE
      lgbti-shelter           | 0 | 1 | lgbti=true                | FAIL
      family-shelter          | 2 | 2 | -                         | PASS
      family-shelter          | 1 | 1 | gender=MAN                | PASS
      family-shelter          | 1 | 0 | gender=WOMAN              | FAIL
      family-shelter          | 0 | 2 | -                         | FAIL
      minors-facility         | 0 | 1 | -                         | PASS
      minors-facility         | 0 | 3 | ages=ADOLESCENT,CHILD,INFANT | PASS
      minors-facility         | 1 | 1 | -                         | FAIL
      minors-facility         | 1 | 0 | -                         | FAIL
      transit-shelter         | 1 | 0 | -                         | PASS
      transit-shelter         | 2 | 3 | -                         | PASS
      transit-shelter         | 0 | 1 | -                         | FAIL
      men-and-families        | 1 | 0 | -                         | DEPENDS GENDER
      men-and-families        | 1 | 0 | gender=WOMAN              | FAIL
      men-and-families        | 1 | 3 | gender=WOMAN              | PASS
      men-and-families        | 0 | 1 | -                         | FAIL
      plain-shelter-for-women | 1 | 0 | -                         | DEPENDS GENDER
      plain-shelter-for-women | 1 | 0 | gender=WOMAN              | PASS
      women-or-lgbti          | 1 | 0 | gender=MAN                | DEPENDS LGBTI_SAFE_PLACE
      women-or-lgbti          | 1 | 0 | gender=MAN;lgbti=true     | PASS
      women-or-lgbti          | 1 | 0 | gender=MAN;lgbti=false    | FAIL
      women-or-lgbti          | 1 | 0 | -                         | DEPENDS GENDER LGBTI_SAFE_PLACE
      clinic                  | 0 | 1 | -                         | PASS
      employer                | 1 | 0 | -                         | PASS
      employer                | 1 | 0 | gender=NON_BINARY         | PASS
      employer                | 0 | 1 | -                         | FAIL
      gbv-refuge              | 1 | 0 | protected=true            | PASS
      gbv-refuge              | 1 | 0 | -                         | DEPENDS PROTECTED_PLACE
      gbv-refuge              | 1 | 0 | protected=false           | FAIL
      maternity-home          | 1 | 0 | pregnant=true             | PASS
      maternity-home          | 1 | 0 | -                         | DEPENDS PREGNANT
      maternity-home          | 1 | 0 | pregnant=false            | FAIL
      rehabilitation          | 1 | 0 | mobility=true             | PASS
      rehabilitation          | 1 | 0 | -                         | DEPENDS REDUCED_MOBILITY
      child-protection        | 0 | 1 | -                         | PASS
      """)
  void judgesWhoAPlaceTakes(String service, int adults, int children, String profile, String verdict) {
    var reason = RULE.judge(SERVICES.get(service), new Household(adults, children), profile(profile));
    var expected = verdict.split(" ");
    assertEquals(MatchRule.HOUSEHOLD, reason.rule());
    assertEquals(expected[0].equals("PASS"), reason.passed(), reason::explanation);
    assertEquals(expected[0].equals("DEPENDS"), reason.depends(), reason::explanation);
    assertEquals(Arrays.asList(expected).subList(1, expected.length),
        reason.questions().stream().map(q -> q.field().name()).toList(), reason::explanation);
  }

  @Test
  void explainsWhyAPlaceSaysNo() {
    var man = profile("gender=MAN");
    assertEquals("takes women and their children only: the person is man",
        RULE.judge(SERVICES.get("women-refuge"), Household.singleAdult(), man).explanation());
    assertEquals("takes adult men only, not households with children",
        RULE.judge(SERVICES.get("men-shelter"), new Household(2, 2), man).explanation());
    assertEquals("takes households with children: a child or adolescent without an adult goes to child protection"
        + " first", RULE.judge(SERVICES.get("family-shelter"), new Household(0, 1), Profile.NONE).explanation());
    var depends = RULE.judge(SERVICES.get("women-refuge"), Household.singleAdult(), Profile.NONE);
    assertEquals("depends on the person: takes women and their children", depends.explanation());
    assertEquals("¿La persona es mujer?", depends.questions().getFirst().text("es"));
    assertEquals("Is the person a woman?", depends.questions().getFirst().text("en"));
  }

  @Test
  void neverOffersAChildAloneAPlaceForAdultsOrFamilies() {
    var child = new Household(0, 1);
    var everything = new Profile(Profile.Gender.WOMAN, true, List.of(Profile.AgeGroup.ADOLESCENT), true, true, true);
    for (var name : List.of("women-refuge", "men-shelter", "lgbti-shelter", "family-shelter", "transit-shelter",
        "men-and-families", "plain-shelter-for-women", "women-or-lgbti")) {
      var reason = RULE.judge(SERVICES.get(name), child, everything);
      assertFalse(reason.passed() || reason.depends(), name + ": " + reason.explanation());
    }
    assertTrue(RULE.judge(SERVICES.get("minors-facility"), child, everything).passed());
  }

  /** {@code gender=WOMAN;lgbti=true;ages=ADULT,CHILD;pregnant=true;mobility=true;protected=true}, or null. */
  static Profile profile(String said) {
    if (said == null) {
      return Profile.NONE;
    }
    Profile.Gender gender = null;
    Boolean lgbti = null;
    Boolean pregnant = null;
    Boolean mobility = null;
    Boolean shelter = null;
    List<Profile.AgeGroup> ages = List.of();
    for (var part : said.split(";")) {
      var kv = part.split("=");
      switch (kv[0]) {
        case "gender" -> gender = Profile.Gender.valueOf(kv[1]);
        case "lgbti" -> lgbti = Boolean.valueOf(kv[1]);
        case "pregnant" -> pregnant = Boolean.valueOf(kv[1]);
        case "mobility" -> mobility = Boolean.valueOf(kv[1]);
        case "protected" -> shelter = Boolean.valueOf(kv[1]);
        case "ages" -> ages = Arrays.stream(kv[1].split(",")).map(Profile.AgeGroup::valueOf).toList();
        default -> throw new IllegalArgumentException(part);
      }
    }
    return new Profile(gender, lgbti, ages, pregnant, mobility, shelter);
  }

  private static Map.Entry<String, Service> service(String id, String categories, String audience) {
    return Map.entry(id, Service.builder(id).region("mx").organization("o").name(id)
        .categories(Arrays.stream(categories.split(" ")).map(c -> NS + c).toList())
        .audience(audience.isBlank() ? List.of() : List.of(audience.split(" ")))
        .timezone(ZoneId.of("America/Mexico_City")).build());
  }
}
