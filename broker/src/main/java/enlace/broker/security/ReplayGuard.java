package enlace.broker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Refuses a node token whose {@code jti} this node has seen before, and one that lives longer than
 * {@link NodeKey#MAX_TTL}. Each {@code jti} is kept until its token could no longer pass the expiry
 * check (exp plus the allowed clock skew), in a bounded cache; per process, so several instances of one
 * node behind a load balancer each keep their own (see the README's production note).
 */
final class ReplayGuard {

  private static final long MAX_ENTRIES = 1_000_000;

  private final Clock clock;
  private final Cache<String, Instant> seen;

  ReplayGuard(Clock clock) {
    this.clock = clock;
    this.seen = Caffeine.newBuilder()
        .maximumSize(MAX_ENTRIES)
        .expireAfter(Expiry.<String, Instant>creating((jti, until) ->
            Duration.between(clock.instant(), until).plusSeconds(1)))
        .build();
  }

  /** Remembers the token; {@link InvalidToken} when its {@code jti} came before or it lives too long. */
  void check(JWTClaimsSet claims) {
    var issued = claims.getIssueTime();
    var expires = claims.getExpirationTime();
    if (issued == null || expires == null
        || Duration.between(issued.toInstant(), expires.toInstant()).compareTo(NodeKey.MAX_TTL) > 0) {
      throw new InvalidToken("a node token may live at most " + NodeKey.MAX_TTL.toSeconds() + " s");
    }
    var until = expires.toInstant().plusSeconds(TokenVerifier.MAX_CLOCK_SKEW_SECONDS);
    if (!until.isAfter(clock.instant())) {
      throw new InvalidToken("expired");
    }
    var key = claims.getIssuer() + " " + claims.getJWTID();
    if (seen.asMap().putIfAbsent(key, until) != null) {
      throw new InvalidToken("replayed jti " + claims.getJWTID());
    }
  }
}
