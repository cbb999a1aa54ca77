package enlace.broker.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One identity provider the node trusts: its exact {@code iss}, where its keys are (a JWKS URI, or an
 * OIDC / RFC 8414 discovery document that names one), the {@code typ} values its access tokens carry,
 * the claims that say which organization and region the caller acts for, and how long its keys are
 * cached.
 */
public record IssuerSettings(
    String issuer,
    Optional<URI> jwksUri,
    Optional<URI> discoveryUrl,
    List<String> acceptedTypes,
    String organizationClaim,
    String regionClaim,
    Duration jwksCacheTtl) {

  public static final List<String> ACCESS_TOKEN_TYPES = List.of("at+jwt");
  public static final String ORGANIZATION_CLAIM = "enlace_org";
  public static final String REGION_CLAIM = "enlace_region";
  public static final Duration JWKS_CACHE_TTL = Duration.ofMinutes(5);

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  public IssuerSettings {
    if (issuer == null || issuer.isBlank()) {
      throw new IllegalArgumentException("issuer must name the exact iss of the provider's tokens");
    }
    Objects.requireNonNull(jwksUri, "jwksUri");
    Objects.requireNonNull(discoveryUrl, "discoveryUrl");
    if (jwksUri.isPresent() == discoveryUrl.isPresent()) {
      throw new IllegalArgumentException("issuer " + issuer + ": give exactly one of jwksUri and discoveryUrl");
    }
    jwksUri.ifPresent(uri -> requireSecure(issuer, "jwksUri", uri));
    discoveryUrl.ifPresent(uri -> requireSecure(issuer, "discoveryUrl", uri));
    acceptedTypes = List.copyOf(acceptedTypes);
    if (acceptedTypes.isEmpty() || acceptedTypes.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("issuer " + issuer + ": acceptedTypes must list at least one typ");
    }
    if (organizationClaim == null || organizationClaim.isBlank() || regionClaim == null || regionClaim.isBlank()) {
      throw new IllegalArgumentException("issuer " + issuer + ": organizationClaim and regionClaim must not be blank");
    }
    if (jwksCacheTtl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("issuer " + issuer + ": jwksCacheSeconds must be at least 1");
    }
  }

  /** An issuer whose keys are at a JWKS URI, with the defaults of RFC 9068 access tokens. */
  public static IssuerSettings withJwks(String issuer, URI jwksUri) {
    return new IssuerSettings(issuer, Optional.of(jwksUri), Optional.empty(), ACCESS_TOKEN_TYPES,
        ORGANIZATION_CLAIM, REGION_CLAIM, JWKS_CACHE_TTL);
  }

  /** An issuer found through its discovery document, with the defaults of RFC 9068 access tokens. */
  public static IssuerSettings discovered(String issuer, URI discoveryUrl) {
    return new IssuerSettings(issuer, Optional.empty(), Optional.of(discoveryUrl), ACCESS_TOKEN_TYPES,
        ORGANIZATION_CLAIM, REGION_CLAIM, JWKS_CACHE_TTL);
  }

  public IssuerSettings withJwksUri(URI value) {
    return new IssuerSettings(issuer, Optional.of(value), Optional.empty(), acceptedTypes, organizationClaim,
        regionClaim, jwksCacheTtl);
  }

  public IssuerSettings withAcceptedTypes(List<String> value) {
    return new IssuerSettings(issuer, jwksUri, discoveryUrl, value, organizationClaim, regionClaim, jwksCacheTtl);
  }

  public IssuerSettings withClaims(String organization, String region) {
    return new IssuerSettings(issuer, jwksUri, discoveryUrl, acceptedTypes, organization, region, jwksCacheTtl);
  }

  public IssuerSettings withJwksCacheTtl(Duration value) {
    return new IssuerSettings(issuer, jwksUri, discoveryUrl, acceptedTypes, organizationClaim, regionClaim, value);
  }

  /** Keys and discovery documents travel over HTTPS; plain HTTP only to this machine. */
  private static void requireSecure(String issuer, String field, URI uri) {
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    boolean loopback = "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
        && LOOPBACK.contains(uri.getHost().toLowerCase());
    if (!https && !loopback) {
      throw new IllegalArgumentException("issuer " + issuer + ": " + field + " must be an https URL, got " + uri);
    }
  }
}
