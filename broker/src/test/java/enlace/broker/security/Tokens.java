package enlace.broker.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Access tokens built by hand, right or wrong in exactly one way, signed with real keys. */
final class Tokens {

  static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");

  private Tokens() {}

  /** Claims a well-behaved issuer would put in an access token for this node. */
  static JWTClaimsSet.Builder claims(String issuer, Audience audience) {
    var now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(audience.value())
        .subject("partner-app")
        .claim("client_id", "partner-app")
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .jwtID(UUID.randomUUID().toString())
        .claim("scope", "directory:write referral:read")
        .claim("enlace_org", "org-partners");
  }

  static JWSHeader.Builder header(RSAKey key) {
    return new JWSHeader.Builder(JWSAlgorithm.RS256).type(ACCESS_TOKEN).keyID(key.getKeyID());
  }

  static String sign(JWSHeader header, JWTClaimsSet claims, RSAKey key) {
    var jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  static String sign(JWTClaimsSet claims, RSAKey key) {
    return sign(header(key).build(), claims, key);
  }

  /** {@code alg: none} with an empty signature, as an attacker would write it. */
  static String unsigned(JWTClaimsSet claims, RSAKey key) {
    var header = "{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + key.getKeyID() + "\"}";
    return encode(header) + "." + encode(claims.toString()) + ".";
  }

  /** HS256 keyed with the issuer's public key (PEM), the classic algorithm-confusion forgery. */
  static String hmacWithPublicKey(JWTClaimsSet claims, RSAKey key) {
    var header = "{\"alg\":\"HS256\",\"typ\":\"at+jwt\",\"kid\":\"" + key.getKeyID() + "\"}";
    var input = encode(header) + "." + encode(claims.toString());
    try {
      var pem = "-----BEGIN PUBLIC KEY-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(key.toRSAPublicKey().getEncoded())
          + "\n-----END PUBLIC KEY-----\n";
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(pem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      return input + "." + Base64URL.encode(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException | JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same token with another payload and the original signature. */
  static String withPayload(String token, JWTClaimsSet claims) {
    var parts = token.split("\\.");
    return parts[0] + "." + encode(claims.toString()) + "." + parts[2];
  }

  private static String encode(String json) {
    return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
