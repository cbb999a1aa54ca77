package enlace.broker.security;

import java.util.Arrays;
import java.util.Optional;

/** What an access token allows, as the {@code scope} claim spells it. */
public enum Scope {
  DIRECTORY_WRITE("directory:write"),
  REFERRAL_READ("referral:read"),
  REFERRAL_WRITE("referral:write"),
  COORDINATOR("coordinator"),
  FEDERATION("federation");

  private final String value;

  Scope(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<Scope> parse(String value) {
    return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
  }
}
