package enlace.broker.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What an access token allows, as the {@code scope} claim spells it. */
public enum Scope {
  DIRECTORY_WRITE("directory:write"),
  REFERRAL_READ("referral:read"),
  REFERRAL_WRITE("referral:write"),
  COORDINATOR("coordinator"),
  FEDERATION("federation"),
  NOTES_WRITE("notes:write");

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

  /** The scopes of a space-separated {@code scope} claim that the node knows; other values are ignored. */
  public static Set<Scope> known(String claim) {
    var scopes = EnumSet.noneOf(Scope.class);
    Arrays.stream(claim.trim().split("\\s+")).map(Scope::parse).flatMap(Optional::stream).forEach(scopes::add);
    return scopes;
  }

  /** Every scope as a token spells it, space-separated. */
  public static String all() {
    return Arrays.stream(values()).map(Scope::value).collect(Collectors.joining(" "));
  }
}
