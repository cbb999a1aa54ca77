package enlace.graph.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.referral.ReferralStatus.Party;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralStatusTest {

  @Test
  void followsTheFhirTaskLifecycle() {
    assertEquals(EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.REJECTED, ReferralStatus.CANCELLED,
        ReferralStatus.EXPIRED), ReferralStatus.REQUESTED.next());
    assertTrue(ReferralStatus.IN_PROGRESS.canMoveTo(ReferralStatus.ON_HOLD));
    assertTrue(ReferralStatus.ON_HOLD.canMoveTo(ReferralStatus.IN_PROGRESS));
    assertFalse(ReferralStatus.REQUESTED.canMoveTo(ReferralStatus.COMPLETED));
    assertFalse(ReferralStatus.ACCEPTED.canMoveTo(ReferralStatus.EXPIRED), "only an unanswered request expires");
  }

  @Test
  void closedStatusesLeadNowhere() {
    for (var status : ReferralStatus.values()) {
      assertEquals(!status.isOpen(), status.next().isEmpty(), status::code);
    }
  }

  @Test
  void theSenderCancelsTheReceiverAnswersTheNodeExpires() {
    assertEquals(Party.SENDER, ReferralStatus.CANCELLED.movedBy());
    assertEquals(Party.NODE, ReferralStatus.EXPIRED.movedBy());
    assertEquals(Party.RECEIVER, ReferralStatus.ACCEPTED.movedBy());
    assertEquals(Party.RECEIVER, ReferralStatus.COMPLETED.movedBy());
  }

  @Test
  void readsTheFhirCodes() {
    assertEquals(ReferralStatus.IN_PROGRESS, ReferralStatus.ofCode("in-progress"));
    assertThrows(IllegalArgumentException.class, () -> ReferralStatus.ofCode("done"));
  }

  @Test
  void rejectsHouseholdsThatCannotBe() {
    assertThrows(IllegalArgumentException.class, () -> new Household(0, 0));
    assertThrows(IllegalArgumentException.class, () -> new Household(-1, 2));
    assertTrue(new Household(0, 1).hasChildren());
  }

  @Test
  void takesAHouseholdWithoutAnAdultForAChildAlone() {
    assertTrue(new Household(0, 2).unaccompaniedMinor());
    assertFalse(new Household(1, 2).unaccompaniedMinor());
    assertEquals(java.util.Optional.of(new Household(1, 2)), new Profile(null, null, List.of(Profile.AgeGroup.INFANT,
        Profile.AgeGroup.ADULT, Profile.AgeGroup.ADOLESCENT), null, null, null).household());
    assertTrue(Profile.NONE.isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new Profile(null, null,
        java.util.Collections.nCopies(Profile.MAX_MEMBERS + 1, Profile.AgeGroup.CHILD), null, null, null));
  }

  @Test
  void rejectsContactThatIsNoPhoneNumber() {
    assertThrows(IllegalArgumentException.class, () -> new Contact("call me", null));
    assertTrue(new Contact(" ", "").isEmpty());
  }
}
