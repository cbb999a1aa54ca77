package enlace.broker.security;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.util.Optional;

/**
 * What one node sends only another may read (a person's contact details in a referral): a compact JWE,
 * ECDH-ES+A256KW with A256GCM, to the receiving node's public encryption key from its
 * {@code /.well-known/jwks.json}. The receiver opens it with {@link NodeKey#decrypt}.
 */
public final class PeerEncryption {

  public static final JWEAlgorithm ALGORITHM = JWEAlgorithm.ECDH_ES_A256KW;
  public static final EncryptionMethod METHOD = EncryptionMethod.A256GCM;

  private PeerEncryption() {}

  /** The peer's encryption key among the keys it publishes; empty when it publishes none. */
  public static Optional<ECKey> encryptionKey(JWKSet peerKeys) {
    return peerKeys.getKeys().stream()
        .filter(k -> k instanceof ECKey && KeyUse.ENCRYPTION.equals(k.getKeyUse()))
        .map(JWK::toECKey)
        .findFirst();
  }

  public static String encrypt(String payload, ECKey peerKey) {
    var header = new JWEHeader.Builder(ALGORITHM, METHOD).keyID(peerKey.getKeyID()).build();
    var jwe = new JWEObject(header, new Payload(payload));
    try {
      jwe.encrypt(new ECDHEncrypter(peerKey.toPublicJWK()));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot encrypt to the peer's key " + peerKey.getKeyID(), e);
    }
    return jwe.serialize();
  }

  static String decrypt(String compact, ECKey ownKey) {
    try {
      var jwe = JWEObject.parse(compact);
      if (!ALGORITHM.equals(jwe.getHeader().getAlgorithm()) || !METHOD.equals(jwe.getHeader().getEncryptionMethod())) {
        throw new InvalidToken("a peer message must be " + ALGORITHM + " with " + METHOD);
      }
      jwe.decrypt(new ECDHDecrypter(ownKey));
      return jwe.getPayload().toString();
    } catch (ParseException | JOSEException e) {
      throw new InvalidToken("cannot open the peer message", e);
    }
  }

  static ECKey generate() {
    try {
      var key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.ENCRYPTION).algorithm(ALGORITHM).generate();
      return new ECKey.Builder(key).keyIDFromThumbprint().build();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot create a node encryption key", e);
    }
  }
}
