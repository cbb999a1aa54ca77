package enlace.graph.referral;

import enlace.graph.GraphException;

/** A referral change or read the rules do not allow; nothing was written. {@link #code} says which rule. */
public final class ReferralRefused extends GraphException {

  /** The rule that refused; the API reports it as the error's code. */
  public enum Code { NOT_FOUND, FORBIDDEN, ILLEGAL_TRANSITION, NO_CAPACITY, CONSENT_SCOPE, NO_CANDIDATE }

  private final Code code;

  public ReferralRefused(Code code, String message) {
    super(message);
    this.code = code;
  }

  public Code code() {
    return code;
  }
}
