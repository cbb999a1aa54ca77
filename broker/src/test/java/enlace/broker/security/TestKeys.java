package enlace.broker.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import no.nav.security.mock.oauth2.token.KeyProvider;

/**
 * The mock OAuth2 server's signing keys, one RSA key per issuer, held where the tests can sign with
 * them (forged tokens) and replace them (key rotation: the issuer's JWKS then shows the new kid).
 */
final class TestKeys extends KeyProvider {

  private final Map<String, RSAKey> current = new ConcurrentHashMap<>();
  private final AtomicInteger generation = new AtomicInteger();

  TestKeys() {
    super(List.of(), JWSAlgorithm.RS256.getName());
  }

  @Override
  public JWK signingKey(String issuerId) {
    return key(issuerId);
  }

  RSAKey key(String issuerId) {
    return current.computeIfAbsent(issuerId, TestKeys::next);
  }

  RSAKey rotate(String issuerId) {
    return current.compute(issuerId, (id, old) -> rsaKey(id + "-" + generation.incrementAndGet()));
  }

  private static RSAKey next(String issuerId) {
    return rsaKey(issuerId + "-0");
  }

  static RSAKey rsaKey(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
