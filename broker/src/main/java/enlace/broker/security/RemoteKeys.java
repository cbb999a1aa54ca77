package enlace.broker.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An issuer's key set fetched from its JWKS URI through Nimbus's {@link JWKSourceBuilder}: cached for
 * the configured time and refreshed ahead of expiry in the background, refetched at most twice per
 * rate-limit interval when a token names an unknown {@code kid} (key rotation), retried once, and
 * served from the last good copy while the endpoint is down. Fetches run on the caller's worker
 * thread or on the source's own daemon threads, never on an event loop.
 */
final class RemoteKeys {

  private static final Logger LOG = LoggerFactory.getLogger(RemoteKeys.class);
  private static final int CONNECT_TIMEOUT_MS = 3_000;
  private static final int READ_TIMEOUT_MS = 5_000;
  private static final int SIZE_LIMIT_BYTES = 256 * 1024;

  private RemoteKeys() {}

  static JWKSource<SecurityContext> of(URI jwksUri, Duration cacheTtl) {
    long ttl = cacheTtl.toMillis();
    var retriever = new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, SIZE_LIMIT_BYTES);
    var threads = Thread.ofPlatform().daemon().name("enlace-jwks-", 0).factory();
    try {
      return JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL(), retriever)
          .cache(ttl, Math.min(JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT, ttl / 4))
          .refreshAheadCache(Math.min(JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME, ttl / 4), null,
              Executors.newSingleThreadExecutor(threads), true,
              Executors.newSingleThreadScheduledExecutor(threads), true)
          .rateLimited(Math.min(JWKSourceBuilder.DEFAULT_RATE_LIMIT_MIN_INTERVAL, ttl / 2))
          .retrying(true)
          .outageTolerant(true)
          .build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("not a JWKS URL: " + jwksUri, e);
    }
  }

  static void warmUp(JWKSource<SecurityContext> keys, String issuer) {
    try {
      int found = keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null).size();
      LOG.info("issuer {}: {} signing keys loaded", issuer, found);
    } catch (KeySourceException e) {
      LOG.warn("issuer {}: its keys could not be loaded yet ({}); the first token will try again", issuer,
          e.getMessage());
    }
  }

  /** The number of keys the source holds now (fetching them if it has none); 0 when they cannot be had. */
  static int load(JWKSource<SecurityContext> keys) {
    try {
      return keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null).size();
    } catch (KeySourceException e) {
      return 0;
    }
  }
}
