package enlace.broker.security;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The node's own identity towards its peers: an ES256 key kept in {@code <dataDir>/node-key/}, apart
 * from the development issuer's (which production turns off, while a node always needs this one), and
 * the short-lived tokens it signs to call a peer: {@code iss} this node, {@code aud} the peer, scope
 * {@code federation}, a fresh {@code jti}, at most {@link #MAX_TTL}. A second key, for encryption only,
 * lets peers send it what only it may read (see {@link PeerEncryption}).
 */
public final class NodeKey {

  /** The {@code typ} of node tokens, so that no access token is taken for one or the other way round. */
  public static final String TOKEN_TYPE = "enlace-node+jwt";
  public static final Duration MAX_TTL = Duration.ofSeconds(60);
  static final Duration DEFAULT_TTL = Duration.ofSeconds(30);
  static final String FOLDER = "node-key";

  static final String ENCRYPTION_KEY_FILE = "encryption-key.json";

  private final String nodeId;
  private final ECKey key;
  private final ECKey encryptionKey;
  private final Clock clock;

  private NodeKey(String nodeId, ECKey key, ECKey encryptionKey, Clock clock) {
    this.nodeId = nodeId;
    this.key = key;
    this.encryptionKey = encryptionKey;
    this.clock = clock;
  }

  /** The key of the node that keeps its data in {@code dataDir}, created on first use (blocking file I/O). */
  public static NodeKey open(Path dataDir, String nodeId, Clock clock) {
    Audience.ofNode(nodeId);
    var store = new KeyStore(dataDir, FOLDER);
    return new NodeKey(nodeId, store.signingKey(DevelopmentIssuer::generate),
        store.key(ENCRYPTION_KEY_FILE, PeerEncryption::generate), clock);
  }

  /** The {@code iss} of a node's tokens: {@code urn:enlace:node:<nodeId>}, the same name as its audience. */
  public static String issuer(String nodeId) {
    return Audience.ofNode(nodeId).value();
  }

  /** True when the caller is a peer node speaking with its node token, not a person or app with the scope. */
  public static boolean isNode(Caller caller) {
    return caller.has(Scope.FEDERATION) && caller.issuer().equals("urn:enlace:node:" + caller.clientId());
  }

  public String nodeId() {
    return nodeId;
  }

  /** A token for one call to {@code peerId}. */
  public String tokenFor(String peerId) {
    return sign(peerId, DEFAULT_TTL, UUID.randomUUID().toString());
  }

  /** Tests and tools: a token with a chosen lifetime and {@code jti}, which a peer should refuse when either is off. */
  public String tokenFor(String peerId, Duration ttl, String jti) {
    return sign(peerId, ttl, jti);
  }

  private String sign(String peerId, Duration ttl, String jti) {
    Objects.requireNonNull(jti, "jti");
    var now = clock.instant();
    var self = issuer(nodeId);
    var claims = new JWTClaimsSet.Builder()
        .issuer(self)
        .audience(Audience.ofNode(peerId).value())
        .subject(self)
        .claim("client_id", nodeId)
        .claim("scope", Scope.FEDERATION.value())
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ttl)))
        .jwtID(jti)
        .build();
    return Jws.sign(key, TOKEN_TYPE, claims);
  }

  /** The public half, published at {@code /.well-known/jwks.json} next to any development issuer's key. */
  public JWKSet publicKeys() {
    return new JWKSet(List.of(key.toPublicJWK(), encryptionKey.toPublicJWK()));
  }

  /** The payload of a JWE a peer encrypted to this node's public encryption key ({@link PeerEncryption}). */
  public String decrypt(String jwe) {
    return PeerEncryption.decrypt(jwe, encryptionKey);
  }
}
