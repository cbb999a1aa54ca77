package enlace.broker.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the access tokens of one issuer (RFC 9068, RFC 8725): a signature by an allowed algorithm
 * with a key from the issuer's own key set, the {@code typ} it is configured for, the exact
 * {@code iss}, this node among the {@code aud}, {@code exp} and {@code nbf} within 60 s of skew, and
 * {@code sub}, {@code client_id}, {@code iat} and {@code jti} present. Blocking: fetching keys may
 * need the network, so call it off the event loop.
 */
public final class TokenVerifier implements AutoCloseable {

  /** Asymmetric signatures only: never {@code none}, never an HMAC keyed with a public key. */
  public static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256);

  static final int MAX_CLOCK_SKEW_SECONDS = 60;
  private static final Set<String> REQUIRED = Set.of("iss", "aud", "exp", "iat", "sub", "client_id", "jti");

  private final String issuer;
  private final String organizationClaim;
  private final String regionClaim;
  private final JWKSource<SecurityContext> keys;
  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final Optional<ReplayGuard> replays;

  TokenVerifier(String issuer, List<String> acceptedTypes, String organizationClaim, String regionClaim,
      JWKSource<SecurityContext> keys, Audience audience) {
    this(issuer, acceptedTypes, organizationClaim, regionClaim, keys, audience, Optional.empty());
  }

  private TokenVerifier(String issuer, List<String> acceptedTypes, String organizationClaim, String regionClaim,
      JWKSource<SecurityContext> keys, Audience audience, Optional<ReplayGuard> replays) {
    this.replays = replays;
    this.issuer = issuer;
    this.organizationClaim = organizationClaim;
    this.regionClaim = regionClaim;
    this.keys = keys;
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(types(acceptedTypes)));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
    var claims = new DefaultJWTClaimsVerifier<SecurityContext>(Set.of(audience.value()),
        new JWTClaimsSet.Builder().issuer(issuer).build(), REQUIRED, Set.of());
    claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
    processor.setJWTClaimsSetVerifier(claims);
  }

  /** A verifier whose keys come from the issuer's JWKS URI, cached and refreshed; see {@link RemoteKeys}. */
  public static TokenVerifier remote(IssuerSettings settings, Audience audience) {
    var uri = settings.jwksUri().orElseThrow(() -> new IllegalArgumentException(
        "issuer " + settings.issuer() + ": resolve its discovery document first"));
    return new TokenVerifier(settings.issuer(), settings.acceptedTypes(), settings.organizationClaim(),
        settings.regionClaim(), RemoteKeys.of(uri, settings.jwksCacheTtl()), audience);
  }

  /**
   * A verifier of a peer node's tokens ({@link NodeKey}): {@code typ} {@value NodeKey#TOKEN_TYPE}, keys
   * from the peer's {@code /.well-known/jwks.json} (cached and refreshed like any issuer's), and each
   * {@code jti} accepted once.
   */
  public static TokenVerifier peer(String peerId, URI jwksUri, Duration cacheTtl, Audience audience, Clock clock) {
    return new TokenVerifier(NodeKey.issuer(peerId), List.of(NodeKey.TOKEN_TYPE), IssuerSettings.ORGANIZATION_CLAIM,
        IssuerSettings.REGION_CLAIM, RemoteKeys.of(jwksUri, cacheTtl), audience, Optional.of(new ReplayGuard(clock)));
  }

  public String issuer() {
    return issuer;
  }

  /** The caller the token speaks for; {@link InvalidToken} with the reason (for the log) otherwise. */
  public Caller verify(SignedJWT token) {
    rejectKeyReferences(token.getHeader());
    try {
      var claims = processor.process(token, null);
      replays.ifPresent(guard -> guard.check(claims));
      return caller(claims);
    } catch (BadJOSEException | JOSEException | ParseException e) {
      throw new InvalidToken("issuer " + issuer(), e);
    }
  }

  /** Loads the issuer's keys now, so that the first request does not wait; a failure is only logged. */
  void warmUp() {
    RemoteKeys.warmUp(keys, issuer());
  }

  /** Blocking: loads (or refreshes) the issuer's keys now; false when they could not be fetched. */
  public boolean loadKeys() {
    return RemoteKeys.load(keys) > 0;
  }

  private Caller caller(JWTClaimsSet claims) throws ParseException {
    return new Caller(claims.getSubject(), claims.getStringClaim("client_id"),
        Optional.ofNullable(claims.getStringClaim(organizationClaim)),
        Optional.ofNullable(claims.getStringClaim(regionClaim)),
        scopes(claims), claims.getIssuer(), claims.getJWTID());
  }

  private static Set<Scope> scopes(JWTClaimsSet claims) throws ParseException {
    var value = claims.getClaim("scope");
    if (value instanceof List<?>) {
      return Scope.known(String.join(" ", claims.getStringListClaim("scope")));
    }
    return value == null ? Set.of() : Scope.known(claims.getStringClaim("scope"));
  }

  /** RFC 8725 3.10: keys come from the configured key set, never from where the token points. */
  private static void rejectKeyReferences(JWSHeader header) {
    if (header.getJWKURL() != null || header.getX509CertURL() != null || header.getJWK() != null) {
      throw new InvalidToken("the token names its own key (jku, x5u or jwk)");
    }
  }

  private static Set<JOSEObjectType> types(List<String> accepted) {
    var types = new HashSet<JOSEObjectType>();
    for (var type : accepted) {
      types.add(new JOSEObjectType(type));
      if (!type.contains("/")) {
        types.add(new JOSEObjectType("application/" + type));
      }
    }
    return types;
  }

  @Override
  public void close() {
    if (keys instanceof Closeable closeable) {
      try {
        closeable.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
