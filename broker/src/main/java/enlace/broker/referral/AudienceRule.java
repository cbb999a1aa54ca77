package enlace.broker.referral;

import enlace.broker.referral.Audience.Criterion;
import enlace.broker.referral.Audience.Shape;
import enlace.graph.referral.Household;
import enlace.graph.referral.Profile;
import enlace.graph.service.Service;
import enlace.ontology.Ontology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a service takes this household and person. Its kind of place (the ontology's {@code enl:admits} on its
 * most specific categories) says whom it may take, and the audience it lists narrows that; when the two leave
 * nobody, its kind's stands. A service that is no place to stay and lists no audience takes anyone. The household's
 * shape picks what is asked of the person; what the profile does not say makes the verdict "depends", with the
 * question to ask.
 */
final class AudienceRule {

  private final Ontology ontology;

  AudienceRule(Ontology ontology) {
    this.ontology = ontology;
  }

  MatchReason judge(Service service, Household household, Profile profile) {
    var kind = ontology.admittedBy(service.categories()).map(AudienceRule::audiences);
    var listed = audiences(service.audience());
    Optional<Map<Shape, Set<Criterion>>> takes = kind.map(k -> {
      var both = intersect(takes(k), takes(listed));
      return listed.isEmpty() || both.isEmpty() ? takes(k) : both;
    }).or(() -> listed.isEmpty() ? Optional.empty() : Optional.of(takes(listed)));
    var shape = Shape.of(household);
    if (takes.isEmpty()) {
      return MatchReason.pass(MatchRule.HOUSEHOLD, "takes " + shape.words);
    }
    var criteria = takes.get().getOrDefault(shape, Set.of());
    if (criteria.isEmpty()) {
      var named = EnumSet.copyOf(listed);
      kind.ifPresent(named::addAll);
      var words = words(named.stream().filter(a -> fits(a, takes.get())).toList());
      return MatchReason.fail(MatchRule.HOUSEHOLD, "takes " + words + (shape == Shape.CHILD_ALONE && kind.isPresent()
          ? ": a child or adolescent without an adult goes to child protection first" : " only, not " + shape.words));
    }
    if (criteria.contains(Criterion.ANY)) {
      return MatchReason.pass(MatchRule.HOUSEHOLD, "takes " + shape.words);
    }
    return judge(criteria, household, profile);
  }

  private static MatchReason judge(Set<Criterion> criteria, Household household, Profile profile) {
    var questions = new ArrayList<Question>();
    var unknown = new ArrayList<Audience>();
    var refusals = new ArrayList<String>();
    for (var criterion : criteria) {
      var audience = Audience.asking(criterion);
      if (criterion.singleGender() && household.adults() > 1) {
        refusals.add("takes " + audience.words + ", one adult per referral: this household has " + household.adults()
            + " adults");
        continue;
      }
      var answer = criterion.question.answeredBy(profile);
      if (answer.isEmpty()) {
        questions.add(criterion.question);
        unknown.add(audience);
      } else if (answer.get()) {
        return MatchReason.pass(MatchRule.HOUSEHOLD, "takes " + audience.words);
      } else {
        refusals.add("takes " + audience.words + " only" + (criterion.question.field() == ProfileField.GENDER
            ? ": the person is " + profile.gender().name().toLowerCase(Locale.ROOT).replace('_', '-') : ""));
      }
    }
    if (!questions.isEmpty()) {
      return MatchReason.depends(MatchRule.HOUSEHOLD, "depends on the person: takes " + words(unknown), questions);
    }
    return MatchReason.fail(MatchRule.HOUSEHOLD, String.join("; ", refusals));
  }

  /** What the audiences ask of each shape of household; a place for women and for men asks no gender. */
  private static Map<Shape, Set<Criterion>> takes(Collection<Audience> audiences) {
    var takes = new EnumMap<Shape, Set<Criterion>>(Shape.class);
    audiences.forEach(a -> a.takes.forEach((shape, criterion) ->
        takes.computeIfAbsent(shape, s -> EnumSet.noneOf(Criterion.class)).add(criterion)));
    takes.replaceAll((shape, criteria) -> criteria.contains(Criterion.ANY)
        || criteria.containsAll(EnumSet.of(Criterion.WOMAN, Criterion.MAN)) ? EnumSet.of(Criterion.ANY) : criteria);
    return takes;
  }

  private static Map<Shape, Set<Criterion>> intersect(Map<Shape, Set<Criterion>> a, Map<Shape, Set<Criterion>> b) {
    var both = new EnumMap<Shape, Set<Criterion>>(Shape.class);
    a.forEach((shape, criteria) -> {
      var common = common(criteria, b.getOrDefault(shape, EnumSet.noneOf(Criterion.class)));
      if (!common.isEmpty()) {
        both.put(shape, common);
      }
    });
    return both;
  }

  private static Set<Criterion> common(Set<Criterion> a, Set<Criterion> b) {
    if (a.contains(Criterion.ANY)) {
      return b;
    }
    if (b.contains(Criterion.ANY)) {
      return a;
    }
    var both = EnumSet.copyOf(a);
    both.retainAll(b);
    return both;
  }

  /** True when everyone the audience takes is taken. */
  private static boolean fits(Audience audience, Map<Shape, Set<Criterion>> takes) {
    return audience.takes.entrySet().stream().allMatch(e -> takes.getOrDefault(e.getKey(), Set.of()).stream()
        .anyMatch(c -> c == Criterion.ANY || c == e.getValue()));
  }

  private static Set<Audience> audiences(Collection<String> tags) {
    var audiences = EnumSet.noneOf(Audience.class);
    tags.forEach(tag -> Audience.byTag(tag).ifPresent(audiences::add));
    return audiences;
  }

  private static String words(Collection<Audience> audiences) {
    List<String> words = audiences.stream().map(a -> a.words).toList();
    return words.size() == 1 ? words.getFirst()
        : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
  }
}
