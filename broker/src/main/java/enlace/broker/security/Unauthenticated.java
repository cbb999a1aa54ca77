package enlace.broker.security;

/** The operation needs an access token and the request carried none. */
public final class Unauthenticated extends RuntimeException {

  public Unauthenticated(String message) {
    super(message);
  }
}
