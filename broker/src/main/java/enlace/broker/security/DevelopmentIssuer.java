package enlace.broker.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The node's own issuer for development and demos, so that no identity provider is needed: an ES256
 * key kept as JWK JSON in {@code <dataDir>/dev-issuer/signing-key.json} (created on first use, owner
 * only), tokens shaped like any provider's RFC 9068 access tokens, and the public key served at
 * {@link #JWKS_PATH}. Production turns it off.
 */
public final class DevelopmentIssuer {

  public static final String ISSUER = "urn:enlace:dev-issuer";
  public static final String CLIENT_ID = "enlace-cli";
  public static final String JWKS_PATH = "/.well-known/jwks.json";
  public static final Duration MAX_TTL = Duration.ofHours(24);

  private final ECKey key;
  private final Audience audience;
  private final Clock clock;

  private DevelopmentIssuer(ECKey key, Audience audience, Clock clock) {
    this.key = key;
    this.audience = audience;
    this.clock = clock;
  }

  /** The issuer of the node that keeps its data in {@code dataDir}; remembers the node's audience there. */
  public static DevelopmentIssuer forNode(Path dataDir, Audience audience) {
    var store = new KeyStore(dataDir);
    store.rememberAudience(audience);
    return new DevelopmentIssuer(store.signingKey(DevelopmentIssuer::generate), audience, Clock.systemUTC());
  }

  /**
   * The issuer in {@code dataDir} (its key created when missing), for the audience given, else the one
   * its node recorded when it last started, else the demo node's {@code urn:enlace:node:mx}.
   */
  public static DevelopmentIssuer open(Path dataDir, Optional<Audience> audience, Clock clock) {
    var store = new KeyStore(dataDir);
    var aud = audience.or(store::audience).orElse(Audience.ofNode("mx"));
    return new DevelopmentIssuer(store.signingKey(DevelopmentIssuer::generate), aud, clock);
  }

  /** A signed access token ({@code typ at+jwt}) for a caller acting for {@code organization}. */
  public String issue(String subject, Optional<String> organization, Optional<String> region, Set<Scope> scopes,
      Duration ttl) {
    if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
      throw new IllegalArgumentException("the lifetime must be more than 0 and at most 24h, got " + ttl);
    }
    var now = clock.instant();
    var claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(audience.value())
        .subject(subject)
        .claim("client_id", CLIENT_ID)
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ttl)))
        .jwtID(UUID.randomUUID().toString())
        .claim("scope", String.join(" ", scopes.stream().map(Scope::value).sorted().toList()));
    organization.ifPresent(org -> claims.claim(IssuerSettings.ORGANIZATION_CLAIM, org));
    region.ifPresent(r -> claims.claim(IssuerSettings.REGION_CLAIM, r));
    return Jws.sign(key, "at+jwt", claims.build());
  }

  /** The public half of the signing key, as served at {@link #JWKS_PATH}. */
  public JWKSet publicKeys() {
    return new JWKSet(key.toPublicJWK());
  }

  public Audience audience() {
    return audience;
  }

  TokenVerifier verifier() {
    return new TokenVerifier(ISSUER, IssuerSettings.ACCESS_TOKEN_TYPES, IssuerSettings.ORGANIZATION_CLAIM,
        IssuerSettings.REGION_CLAIM, new ImmutableJWKSet<>(publicKeys()), audience);
  }

  static ECKey generate() {
    try {
      var key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).generate();
      return new ECKey.Builder(key).keyIDFromThumbprint().build();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot create a development signing key", e);
    }
  }
}
