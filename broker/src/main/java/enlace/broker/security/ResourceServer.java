package enlace.broker.security;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The node as an OAuth2 resource server: a verifier per configured issuer (discovery documents read
 * and keys loaded at startup), the development issuer when it is on, and the route handlers that use
 * them while the node may still be starting.
 */
public final class ResourceServer implements AutoCloseable {

  private final Authenticator authenticator;
  private final Optional<DevelopmentIssuer> developmentIssuer;

  private ResourceServer(Authenticator authenticator, Optional<DevelopmentIssuer> developmentIssuer) {
    this.authenticator = authenticator;
    this.developmentIssuer = developmentIssuer;
  }

  /** Blocking (discovery, key files, key sets): call it from a startup thread, never an event loop. */
  public static ResourceServer start(Vertx vertx, SecuritySettings settings, Audience audience) {
    return start(vertx, settings, audience, List.of());
  }

  /** As {@link #start(Vertx, SecuritySettings, Audience)}, also accepting the node tokens of these peers. */
  public static ResourceServer start(Vertx vertx, SecuritySettings settings, Audience audience,
      List<TokenVerifier> peers) {
    var developmentIssuer = settings.developmentIssuer().map(dir -> DevelopmentIssuer.forNode(dir, audience));
    var verifiers = new ArrayList<TokenVerifier>();
    developmentIssuer.ifPresent(issuer -> verifiers.add(issuer.verifier()));
    try {
      for (var issuer : settings.issuers()) {
        verifiers.add(TokenVerifier.remote(Discovery.resolve(issuer), audience));
        verifiers.getLast().warmUp();
      }
      verifiers.addAll(peers);
    } catch (RuntimeException e) {
      verifiers.forEach(TokenVerifier::close);
      throw e;
    }
    return new ResourceServer(Authenticator.create(vertx, verifiers), developmentIssuer);
  }

  public Authenticator authenticator() {
    return authenticator;
  }

  public Optional<DevelopmentIssuer> developmentIssuer() {
    return developmentIssuer;
  }

  /**
   * Authenticates once the resource server is up; before that a request without a token goes on as
   * anonymous and one with a token gets 503, so no token is ever ignored. A request the node's admission
   * authenticated already goes on as that caller.
   */
  public static Handler<RoutingContext> authentication(Supplier<ResourceServer> server) {
    return rc -> {
      var current = server.get();
      if (rc.get(Authenticator.CALLER) != null) {
        rc.next();
      } else if (current != null) {
        current.authenticator.handle(rc);
      } else if (rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
        rc.put(Authenticator.CALLER, Caller.ANONYMOUS).next();
      } else {
        rc.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "5").end();
      }
    };
  }

  /** {@code GET /.well-known/jwks.json}: the development issuer's public key; 404 when it is off. */
  public static Handler<RoutingContext> jwks(Supplier<ResourceServer> server) {
    return rc -> {
      var current = server.get();
      if (current == null) {
        rc.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "5").end();
        return;
      }
      var keys = current.developmentIssuer.map(DevelopmentIssuer::publicKeys);
      if (keys.isEmpty()) {
        rc.response().setStatusCode(404).end();
        return;
      }
      rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/jwk-set+json")
          .putHeader(HttpHeaders.CACHE_CONTROL, "max-age=300")
          .end(keys.get().toString());
    };
  }

  @Override
  public void close() {
    authenticator.close();
  }
}
