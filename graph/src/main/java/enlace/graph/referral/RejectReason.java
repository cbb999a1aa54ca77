package enlace.graph.referral;

/** Why a receiving organization declined a referral; coordinators count declines by these. */
public enum RejectReason {
  NO_CAPACITY,
  NOT_ELIGIBLE,
  COULD_NOT_CONTACT,
  OTHER
}
