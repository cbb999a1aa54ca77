package enlace.broker.console;

import enlace.broker.security.IssuerSettings;
import enlace.broker.security.ResourceServer;
import enlace.broker.security.Scope;
import enlace.broker.web.WebAssets;
import enlace.graph.organization.Organization;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The office console at {@code /console} with {@code GET /console/settings}, and on a node with the development issuer the demo's sign-in:
 * {@code GET /demo/organizations} lists the demo directory's organizations and
 * {@code POST /demo/organization-token?organization=ID} mints a one-hour officer token for one of them with
 * the scopes the console uses. Both answer 404 when the development issuer is off (production) or the
 * organization is not a demo one, 503 while the node starts.
 */
public final class ConsoleRoutes {

  /**
   * The OAuth2 client the console signs in as, at every identity provider the node finds through a discovery
   * document: a public client (no secret) with the authorization-code flow, PKCE (S256) and the redirect URI
   * {@code https://<node>/console}, registered under this id.
   */
  public static final String CLIENT_ID = "enlace-console";
  static final String LOGIN_SCOPE = "openid referral:read referral:write directory:write notes:write";

  /** What the page needs to know of the node: its region (an officer's organization lives there), how to sign in. */
  public static final String SETTINGS_PATH = "/console/settings";
  public static final String ORGANIZATIONS_PATH = "/demo/organizations";
  public static final String TOKEN_PATH = "/demo/organization-token";
  static final Duration TTL = Duration.ofHours(1);
  static final EnumSet<Scope> OFFICER_SCOPES = EnumSet.of(Scope.REFERRAL_READ, Scope.REFERRAL_WRITE,
      Scope.DIRECTORY_WRITE, Scope.NOTES_WRITE);

  private ConsoleRoutes() {}

  /** {@code organizations}: the demo organizations of the node's region (empty when it has no demo data). */
  public static void mount(Router router, Supplier<ResourceServer> security,
      Supplier<List<Organization>> organizations, String region, List<IssuerSettings> issuers) {
    WebAssets.page(router, "/console", "console");
    var login = new JsonArray();
    issuers.stream().filter(i -> i.discoveryUrl().isPresent()).forEach(i -> login.add(new JsonObject()
        .put("issuer", i.issuer()).put("discovery", i.discoveryUrl().orElseThrow().toString())
        .put("clientId", CLIENT_ID).put("scope", LOGIN_SCOPE)));
    router.get(SETTINGS_PATH).handler(rc -> json(rc, new JsonObject().put("region", region).put("login", login)
        .put("demo", security.get() != null && security.get().developmentIssuer().isPresent()).encode()));
    router.get(ORGANIZATIONS_PATH).handler(rc -> withIssuer(rc, security, () -> {
      var list = new JsonArray();
      organizations.get().forEach(o -> list.add(new JsonObject().put("id", o.id()).put("name", o.name())
          .put("kind", o.kind())));
      json(rc, list.encode());
    }));
    router.post(TOKEN_PATH).handler(rc -> withIssuer(rc, security, () -> {
      var id = rc.queryParams().get("organization");
      var organization = organizations.get().stream().filter(o -> o.id().equals(id)).findFirst();
      if (organization.isEmpty()) {
        rc.response().setStatusCode(404).putHeader("Content-Type", "application/json")
            .end(new JsonObject().put("error", "no demo organization '" + id + "'").encode());
        return;
      }
      var token = security.get().developmentIssuer().orElseThrow().issue("demo-officer-" + id, Optional.of(id),
          Optional.empty(), OFFICER_SCOPES, TTL);
      json(rc, new JsonObject().put("access_token", token).put("token_type", "Bearer")
          .put("expires_in", TTL.toSeconds()).put("organization", id)
          .put("organizationName", organization.get().name()).encode());
    }));
  }

  private static void withIssuer(RoutingContext rc, Supplier<ResourceServer> security, Runnable then) {
    var server = security.get();
    if (server == null) {
      rc.response().setStatusCode(503).putHeader("Retry-After", "5").end();
    } else if (server.developmentIssuer().isEmpty()) {
      rc.response().setStatusCode(404).end();
    } else {
      then.run();
    }
  }

  private static void json(RoutingContext rc, String body) {
    rc.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store").end(body);
  }
}
