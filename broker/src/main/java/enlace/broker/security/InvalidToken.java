package enlace.broker.security;

/**
 * A bearer token the node does not accept. The message says why, for the log only: callers learn no
 * more than {@code invalid_token}.
 */
public final class InvalidToken extends RuntimeException {

  InvalidToken(String reason) {
    super(reason, null, false, false);
  }

  InvalidToken(String reason, Throwable cause) {
    super(reason + ": " + cause.getMessage(), null, false, false);
  }
}
