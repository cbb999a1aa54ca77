package enlace.graph.referral;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands, after the HL7 FHIR Task statuses as the SDOH Clinical Care guide uses them.
 * Open referrals still expect somebody to act; the others are closed for good.
 */
public enum ReferralStatus {
  REQUESTED("requested"),
  ACCEPTED("accepted"),
  REJECTED("rejected"),
  IN_PROGRESS("in-progress"),
  ON_HOLD("on-hold"),
  COMPLETED("completed"),
  FAILED("failed"),
  CANCELLED("cancelled"),
  EXPIRED("expired");

  private final String code;

  ReferralStatus(String code) {
    this.code = code;
  }

  /** The FHIR code, as stored and as events name it. */
  public String code() {
    return code;
  }

  public static ReferralStatus ofCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown referral status " + code));
  }

  public boolean isOpen() {
    return switch (this) {
      case REQUESTED, ACCEPTED, IN_PROGRESS, ON_HOLD -> true;
      case REJECTED, COMPLETED, FAILED, CANCELLED, EXPIRED -> false;
    };
  }

  /** Accepted and not closed yet: the person is expected at the service, or is there. */
  public boolean isAdmitted() {
    return switch (this) {
      case ACCEPTED, IN_PROGRESS, ON_HOLD -> true;
      case REQUESTED, REJECTED, COMPLETED, FAILED, CANCELLED, EXPIRED -> false;
    };
  }

  /** The statuses a referral in this one may move to. */
  public Set<ReferralStatus> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(ACCEPTED, REJECTED, CANCELLED, EXPIRED);
      case ACCEPTED -> EnumSet.of(IN_PROGRESS, ON_HOLD, COMPLETED, FAILED, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(ON_HOLD, COMPLETED, FAILED, CANCELLED);
      case ON_HOLD -> EnumSet.of(IN_PROGRESS, COMPLETED, FAILED, CANCELLED);
      case REJECTED, COMPLETED, FAILED, CANCELLED, EXPIRED -> EnumSet.noneOf(ReferralStatus.class);
    };
  }

  public boolean canMoveTo(ReferralStatus target) {
    return next().contains(target);
  }

  /** Who may make the move into this status: the receiving organization, the sender, or the node itself. */
  public Party movedBy() {
    return switch (this) {
      case CANCELLED -> Party.SENDER;
      case EXPIRED -> Party.NODE;
      case REQUESTED, ACCEPTED, REJECTED, IN_PROGRESS, ON_HOLD, COMPLETED, FAILED -> Party.RECEIVER;
    };
  }

  /** The two sides of a referral, and the node acting on its own (expiry). */
  public enum Party { SENDER, RECEIVER, NODE }
}
