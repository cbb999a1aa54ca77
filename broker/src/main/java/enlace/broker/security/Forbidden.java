package enlace.broker.security;

import java.util.Optional;

/** The caller is known but may not do this: a scope is missing, or the caller acts for someone else. */
public final class Forbidden extends RuntimeException {

  private final transient Optional<Scope> missingScope;

  public Forbidden(String message) {
    super(message);
    this.missingScope = Optional.empty();
  }

  private Forbidden(Scope scope) {
    super("this needs the scope " + scope.value());
    this.missingScope = Optional.of(scope);
  }

  public static Forbidden missing(Scope scope) {
    return new Forbidden(scope);
  }

  public Optional<Scope> missingScope() {
    return missingScope;
  }
}
