package enlace.broker.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: the verified claims of a bearer token, or nobody. The public directory needs no
 * caller; everything else checks a scope and, for writes, the organization the caller acts for.
 */
public record Caller(
    String subject,
    String clientId,
    Optional<String> organization,
    Optional<String> region,
    Set<Scope> scopes,
    String issuer,
    String tokenId) {

  public static final Caller ANONYMOUS =
      new Caller("anonymous", "anonymous", Optional.empty(), Optional.empty(), Set.of(), "", "");

  public Caller {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(region, "region");
    scopes = Set.copyOf(scopes);
  }

  public boolean isAnonymous() {
    return this == ANONYMOUS;
  }

  public boolean has(Scope scope) {
    return scopes.contains(scope);
  }

  /** True when the caller acts for this organization. */
  public boolean actsFor(String organizationId) {
    return organization.filter(organizationId::equals).isPresent();
  }

  /** This caller, when it came with a valid token; {@link Unauthenticated} otherwise. */
  public Caller requireAuthenticated() {
    if (isAnonymous()) {
      throw new Unauthenticated("this needs an access token: send Authorization: Bearer <token>");
    }
    return this;
  }

  /** This caller, when its token grants the scope; {@link Unauthenticated} or {@link Forbidden} otherwise. */
  public Caller require(Scope scope) {
    if (isAnonymous()) {
      throw new Unauthenticated("this needs an access token with the scope " + scope.value());
    }
    if (!has(scope)) {
      throw Forbidden.missing(scope);
    }
    return this;
  }
}
