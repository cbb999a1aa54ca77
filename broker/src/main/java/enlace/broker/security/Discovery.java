package enlace.broker.security;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reads an issuer's discovery document (OpenID Connect Discovery or RFC 8414) once, at startup, for
 * its {@code jwks_uri}; the document must name the configured issuer exactly. Blocking.
 */
final class Discovery {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private Discovery() {}

  static IssuerSettings resolve(IssuerSettings issuer) {
    if (issuer.discoveryUrl().isEmpty()) {
      return issuer;
    }
    var url = issuer.discoveryUrl().get();
    var document = fetch(issuer.issuer(), url);
    if (!issuer.issuer().equals(document.getValue("issuer"))) {
      throw failure(issuer.issuer(), url, "it names the issuer " + document.getValue("issuer"));
    }
    if (!(document.getValue("jwks_uri") instanceof String jwks) || jwks.isBlank()) {
      throw failure(issuer.issuer(), url, "it has no jwks_uri");
    }
    try {
      return issuer.withJwksUri(URI.create(jwks));
    } catch (IllegalArgumentException e) {
      throw failure(issuer.issuer(), url, e.getMessage());
    }
  }

  private static JsonObject fetch(String issuer, URI url) {
    try (var http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
      var response = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Accept", "application/json")
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw failure(issuer, url, "HTTP " + response.statusCode());
      }
      return new JsonObject(response.body());
    } catch (IOException | DecodeException e) {
      throw failure(issuer, url, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(issuer, url, "interrupted");
    }
  }

  private static IllegalStateException failure(String issuer, URI url, String reason) {
    return new IllegalStateException("issuer " + issuer + ": cannot use its discovery document " + url + ": "
        + reason);
  }
}
