package enlace.broker.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Who may keep an answer. A successful GET without a token reads the public directory, the same for
 * everyone: a proxy may keep it for {@code maxAge} and revalidate it by its ETag ({@code If-None-Match}
 * gets 304). Anything asked with a token is {@code private, no-store}; anything else is not kept.
 */
public final class PublicReads {

  /** The answer varies with these request headers, as a cache must know. */
  static final String VARY = "Accept, Accept-Language, Authorization";

  private PublicReads() {}

  /** Ends the response with {@code body}, or with 304 when the client holds it already. */
  public static void reply(RoutingContext rc, int status, String contentType, Buffer body, Duration maxAge,
      boolean cacheable) {
    var response = rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, contentType);
    if (rc.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
      response.putHeader(HttpHeaders.CACHE_CONTROL, "private, no-store").headers().add(HttpHeaders.VARY, VARY);
    } else if (cacheable && status == 200 && rc.request().method() == HttpMethod.GET && !maxAge.isNegative()
        && response.headers().get(HttpHeaders.CACHE_CONTROL) == null) {
      var tag = etag(body);
      response.putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge.toSeconds())
          .putHeader(HttpHeaders.ETAG, tag).headers().add(HttpHeaders.VARY, VARY);
      if (matches(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
        response.setStatusCode(304).end();
        return;
      }
    } else if (response.headers().get(HttpHeaders.CACHE_CONTROL) == null) {
      response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
    response.end(body);
  }

  /** A strong validator: the SHA-256 of the bytes sent (the media type and language are in {@link #VARY}). */
  static String etag(Buffer body) {
    try {
      var digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes());
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 9110 §13.1.2: a weak comparison against each listed tag, or {@code *}. */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
        .map(t -> t.startsWith("W/") ? t.substring(2) : t)
        .anyMatch(t -> t.equals("*") || t.equals(tag));
  }
}
