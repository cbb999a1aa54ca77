package enlace.broker.referral;

import enlace.graph.referral.Household;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who a service takes, by the tags services list in their audience (the notations of the ontology's audience
 * scheme): for each shape of household, whom among those households, as a criterion on the person's profile.
 */
enum Audience {
  WOMEN("adult-women", "women and their children", withAnAdult(Criterion.WOMAN)),
  MEN("adult-men", "adult men", Map.of(Shape.ADULTS, Criterion.MAN)),
  FAMILIES("family", "households with children", Map.of(Shape.FAMILY, Criterion.ANY)),
  UNACCOMPANIED_MINORS("unaccompanied-minors", "children and adolescents without an adult",
      Map.of(Shape.CHILD_ALONE, Criterion.ANY)),
  LGBTI("lgbti", "people who ask for an LGBTI+-safe place", withAnAdult(Criterion.LGBTI)),
  SURVIVORS("survivors", "survivors of violence who ask for a protected place", withAnAdult(Criterion.SURVIVOR)),
  PREGNANT("pregnant", "pregnant people", withAnAdult(Criterion.PREGNANT)),
  REDUCED_MOBILITY("reduced-mobility", "people with a disability or reduced mobility",
      withAnAdult(Criterion.REDUCED_MOBILITY));

  /** The shape of a household as audiences tell them apart. */
  enum Shape {
    ADULTS("adults without children"),
    FAMILY("households with children"),
    CHILD_ALONE("a child or adolescent without an adult");

    final String words;

    Shape(String words) {
      this.words = words;
    }

    static Shape of(Household household) {
      return household.unaccompaniedMinor() ? CHILD_ALONE : household.hasChildren() ? FAMILY : ADULTS;
    }
  }

  /** Whom among households of a shape: anyone, or those whose profile answers a question yes. */
  enum Criterion {
    ANY(null),
    WOMAN(new Question(ProfileField.GENDER, Set.of("WOMAN"))),
    MAN(new Question(ProfileField.GENDER, Set.of("MAN"))),
    LGBTI(new Question(ProfileField.LGBTI_SAFE_PLACE, Set.of("true"))),
    SURVIVOR(new Question(ProfileField.PROTECTED_PLACE, Set.of("true"))),
    PREGNANT(new Question(ProfileField.PREGNANT, Set.of("true"))),
    REDUCED_MOBILITY(new Question(ProfileField.REDUCED_MOBILITY, Set.of("true")));

    final Question question;

    Criterion(Question question) {
      this.question = question;
    }

    /** A criterion about the one person the profile describes: every adult of the household must meet it. */
    boolean singleGender() {
      return this == WOMAN || this == MAN;
    }
  }

  final String tag;
  final String words;
  final Map<Shape, Criterion> takes;

  Audience(String tag, String words, Map<Shape, Criterion> takes) {
    this.tag = tag;
    this.words = words;
    this.takes = takes;
  }

  /** The audience whose criterion this is (every criterion but ANY belongs to one). */
  static Audience asking(Criterion criterion) {
    return Arrays.stream(values()).filter(a -> a.takes.containsValue(criterion)).findFirst().orElseThrow();
  }

  static Optional<Audience> byTag(String tag) {
    return Arrays.stream(values()).filter(a -> a.tag.equals(tag)).findFirst();
  }

  private static Map<Shape, Criterion> withAnAdult(Criterion criterion) {
    return Map.of(Shape.ADULTS, criterion, Shape.FAMILY, criterion);
  }
}
