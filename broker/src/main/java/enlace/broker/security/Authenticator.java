package enlace.broker.security;

import com.nimbusds.jwt.SignedJWT;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the {@code Authorization: Bearer} header into a {@link Caller}. The unverified {@code iss}
 * only picks the verifier; the verifier checks everything on a worker thread. As a route handler it
 * leaves {@link Caller#ANONYMOUS} when there is no header, puts the caller into the routing context
 * under {@link #CALLER}, and ends a request with a bad token with 401 and
 * {@code WWW-Authenticate: Bearer error="invalid_token"}, saying nothing about which check failed.
 */
public final class Authenticator implements Handler<RoutingContext>, AutoCloseable {

  /** Where the route handler leaves the caller: {@code rc.get(Authenticator.CALLER)}. */
  public static final String CALLER = Caller.class.getName();

  private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);
  private static final int MAX_TOKEN_LENGTH = 8 * 1024;
  private static final String CHALLENGE = "Bearer error=\"invalid_token\"";

  private final Vertx vertx;
  private final Map<String, TokenVerifier> verifiers;

  private Authenticator(Vertx vertx, Map<String, TokenVerifier> verifiers) {
    this.vertx = vertx;
    this.verifiers = verifiers;
  }

  public static Authenticator create(Vertx vertx, List<TokenVerifier> verifiers) {
    var byIssuer = new LinkedHashMap<String, TokenVerifier>();
    verifiers.forEach(v -> byIssuer.put(v.issuer(), v));
    return new Authenticator(Objects.requireNonNull(vertx), Map.copyOf(byIssuer));
  }

  /** The caller an {@code Authorization} header speaks for; anonymous without one; fails with {@link InvalidToken}. */
  public Future<Caller> authenticate(String authorization) {
    if (authorization == null) {
      return Future.succeededFuture(Caller.ANONYMOUS);
    }
    SignedJWT token;
    TokenVerifier verifier;
    try {
      token = bearer(authorization);
      verifier = verifierFor(token);
    } catch (InvalidToken e) {
      return Future.failedFuture(e);
    }
    return vertx.executeBlocking(() -> verifier.verify(token), false);
  }

  @Override
  public void handle(RoutingContext rc) {
    authenticate(rc.request().getHeader(HttpHeaders.AUTHORIZATION)).onComplete(result -> {
      if (result.succeeded()) {
        rc.put(CALLER, result.result());
        rc.next();
        return;
      }
      LOG.debug("rejected a bearer token: {}", result.cause().getMessage());
      rejectToken(rc);
    });
  }

  /** Ends a request whose bearer token was refused: 401, saying nothing about which check failed. */
  public static void rejectToken(RoutingContext rc) {
    rc.response().setStatusCode(401)
        .putHeader("WWW-Authenticate", CHALLENGE)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end(new JsonObject().put("error", "invalid_token").encode());
  }

  private static SignedJWT bearer(String authorization) {
    var parts = authorization.trim().split("\\s+");
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
      throw new InvalidToken("the Authorization header is not 'Bearer <token>'");
    }
    if (parts[1].length() > MAX_TOKEN_LENGTH) {
      throw new InvalidToken("the token is longer than " + MAX_TOKEN_LENGTH + " characters");
    }
    try {
      return SignedJWT.parse(parts[1]);
    } catch (ParseException e) {
      throw new InvalidToken("not a signed JWT", e);
    }
  }

  private TokenVerifier verifierFor(SignedJWT token) {
    String issuer;
    try {
      issuer = token.getJWTClaimsSet().getIssuer();
    } catch (ParseException e) {
      throw new InvalidToken("the claims are not a JSON object", e);
    }
    var verifier = issuer == null ? null : verifiers.get(issuer);
    if (verifier == null) {
      throw new InvalidToken("unknown issuer " + issuer);
    }
    return verifier;
  }

  @Override
  public void close() {
    verifiers.values().forEach(TokenVerifier::close);
  }
}
