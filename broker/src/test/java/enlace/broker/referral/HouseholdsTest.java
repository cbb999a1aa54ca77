package enlace.broker.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.directory.InvalidArgument;
import enlace.broker.directory.InvalidInput;
import enlace.graph.referral.Household;
import enlace.graph.referral.Profile;
import enlace.graph.referral.Profile.AgeGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdsTest {

  private static Profile ages(AgeGroup... groups) {
    return new Profile(null, null, List.of(groups), null, null, null);
  }

  @Test
  void takesAHouseholdWithoutAnAdultForAChildAloneWithoutTheFlag() {
    var child = Households.read(0, 1, null, Profile.NONE, "need");
    assertTrue(child.unaccompaniedMinor());
    assertEquals(new Household(0, 1), Households.read(null, null, true, Profile.NONE, "need"),
        "the flag alone is a child alone");
    assertEquals(new Household(0, 1), Households.read(0, null, null, Profile.NONE, "need"));
  }

  @Test
  void countsTheMembersFromTheirAgeGroups() {
    assertEquals(new Household(1, 2), Households.read(null, null, null, ages(AgeGroup.ADULT, AgeGroup.CHILD,
        AgeGroup.INFANT), "need"));
    assertEquals(new Household(0, 1), Households.read(null, null, null, ages(AgeGroup.ADOLESCENT), "need"));
    assertEquals(Household.singleAdult(), Households.read(null, null, null, Profile.NONE, "need"));
  }

  @Test
  void refusesAFlagThatContradictsTheCountsNamingBothFields() {
    var adults = assertThrows(InvalidInput.class, () -> Households.read(0, 2, false, Profile.NONE, "need"));
    assertEquals(List.of("need.household.adults", "need.household.unaccompaniedMinor"), arguments(adults));
    var flag = assertThrows(InvalidInput.class, () -> Households.read(2, 1, true, Profile.NONE, "input.need"));
    assertEquals(List.of("input.need.household.adults", "input.need.household.unaccompaniedMinor"), arguments(flag));
    assertTrue(flag.getMessage().contains("an unaccompanied minor comes without adults"), flag.getMessage());
  }

  @Test
  void refusesCountsThatContradictTheAgeGroupsNamingEachField() {
    var both = assertThrows(InvalidInput.class, () -> Households.read(2, 0, null, ages(AgeGroup.ADULT,
        AgeGroup.CHILD), "need"));
    assertEquals(List.of("need.household.adults", "need.profile.ageGroups", "need.household.children",
        "need.profile.ageGroups"), arguments(both));
  }

  @Test
  void refusesAnEmptyHousehold() {
    var empty = assertThrows(InvalidArgument.class, () -> Households.read(0, 0, null, Profile.NONE, "need"));
    assertEquals("need.household.adults", empty.argument());
  }

  private static List<String> arguments(InvalidInput e) {
    return e.problems().stream().map(InvalidArgument::argument).toList();
  }
}
