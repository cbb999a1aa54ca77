package enlace.broker.federation;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import enlace.broker.directory.DirectoryService;
import enlace.broker.federation.delivery.Backoff;
import enlace.broker.federation.delivery.PeerMessages;
import enlace.broker.security.Authenticator;
import enlace.broker.security.Audience;
import enlace.broker.security.NodeKey;
import enlace.broker.security.TokenVerifier;
import enlace.graph.Graph;
import enlace.graph.municipality.Municipality;
import enlace.ontology.Ontology;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's federation: its key, its peers with a circuit breaker each, the client that calls them, and
 * the checks of their node tokens. Built once at startup (reading the key is blocking file I/O).
 */
public final class Federation implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Federation.class);

  private final Vertx vertx;
  private final NodeKey key;
  private final FederationSettings settings;
  private final PeerClient client;
  private final Map<String, CircuitBreaker> breakers;
  private volatile PeerMessages messages;
  private volatile PeerLinks links;

  /** How long a starting node waits for its peers; one that answers later joins then. */
  static final Duration JOIN_WAIT = Duration.ofSeconds(3);
  /** A peer's request answered slower than this is logged: its caller may have given up on it. */
  private static final long SLOW_ANSWER_MS = 500;
  /** How often a peer that has not answered yet is asked again. */
  static final Duration JOIN_RETRY = Duration.ofSeconds(2);

  private Federation(Vertx vertx, NodeKey key, FederationSettings settings) {
    this.vertx = vertx;
    this.key = key;
    this.settings = settings;
    this.client = new PeerClient(vertx, key, settings.maxAnswerBytes());
    var byPeer = new LinkedHashMap<String, CircuitBreaker>();
    for (var peer : settings.peers()) {
      byPeer.put(peer.id(), CircuitBreaker.create("peer-" + peer.id(), vertx, new CircuitBreakerOptions()
          .setMaxFailures(settings.breakerFailures())
          .setTimeout(settings.peerTimeout().toMillis())
          .setResetTimeout(settings.breakerReset().toMillis())
          .setNotificationAddress(null)));
    }
    this.breakers = byPeer;
  }

  /** Blocking: opens (or creates) the node key in {@code keyDir}. */
  public static Federation start(Vertx vertx, String nodeId, Path keyDir, FederationSettings settings, Clock clock) {
    if (settings.peers().stream().anyMatch(p -> p.id().equals(nodeId))) {
      throw new IllegalArgumentException("federation.peers: the node " + nodeId + " cannot be its own peer");
    }
    return new Federation(vertx, NodeKey.open(keyDir, nodeId, clock), settings);
  }

  public NodeKey key() {
    return key;
  }

  /** Each peer's circuit breaker: 0 closed (calls go), 1 half open (one tries), 2 open (calls skipped). */
  public Map<String, Integer> breakerStates() {
    var out = new LinkedHashMap<String, Integer>();
    breakers.forEach((peer, breaker) -> out.put(peer, switch (breaker.state()) {
      case CLOSED -> 0;
      case HALF_OPEN -> 1;
      case OPEN -> 2;
    }));
    return out;
  }

  public FederationSettings settings() {
    return settings;
  }

  /** One verifier per peer, for the node's resource server; a token of anyone else is refused. */
  public List<TokenVerifier> peerVerifiers(Audience self, Clock clock) {
    var verifiers = new LinkedHashMap<String, TokenVerifier>();
    for (var peer : settings.peers()) {
      verifiers.put(peer.id(), TokenVerifier.peer(peer.id(), peer.jwks(), settings.jwksCacheTtl(), self, clock));
    }
    links = new PeerLinks(vertx, client, settings.peers(), verifiers, JOIN_RETRY);
    return List.copyOf(verifiers.values());
  }

  /** Starts delivering this node's outbox to its peers and receiving theirs, on {@code graph}. */
  public PeerMessages startMessages(Graph graph, Clock clock) {
    messages = new PeerMessages(vertx, graph, key, id -> settings.peers().stream().filter(p -> p.id().equals(id))
        .findFirst().map(Peer::baseUrl), Backoff.DEFAULT, Duration.ofSeconds(1), clock);
    return messages;
  }

  /** Messages to and from peers, once {@link #startMessages} ran. */
  public Optional<PeerMessages> messages() {
    return Optional.ofNullable(messages);
  }

  /** {@code POST /federation/messages}; 503 until the node has started its messages. */
  public static Handler<RoutingContext> receive(Supplier<Federation> federation) {
    return rc -> {
      var current = federation.get();
      if (current == null || current.messages == null) {
        rc.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "5").end();
        return;
      }
      current.messages.endpoint(ctx -> ctx.get(Authenticator.CALLER)).handle(rc);
    };
  }

  public FederatedSearch search(DirectoryService directory, Ontology ontology, List<Municipality> gazetteer) {
    return new FederatedSearch(key.nodeId(), directory, ontology, new Coverage(gazetteer),
        new PeerCalls(settings, client, breakers));
  }

  /**
   * Blocking, before the node reports ready: opens a connection to every peer and loads its keys, waiting
   * at most {@link #JOIN_WAIT}; a peer that is down joins in the background when it answers. Warns about
   * peers whose ontology major version differs. Returns the peers linked now.
   */
  public Set<String> connectPeers(String ontologyVersion) {
    if (links == null) {
      throw new IllegalStateException("peerVerifiers() makes the peers' verifiers first");
    }
    return links.connect(ontologyVersion, JOIN_WAIT);
  }

  /** The peers this node has linked (connection opened, keys loaded); a peer down at start joins later. */
  public Set<String> linkedPeers() {
    return links == null ? Set.of() : links.linked();
  }

  /** {@code GET /.well-known/enlace-node}; 503 until the node knows its ontology. */
  public static Handler<RoutingContext> describe(Supplier<NodeDescription> description) {
    return rc -> {
      var current = description.get();
      if (current == null) {
        rc.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "5").end();
        return;
      }
      rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
          .putHeader(HttpHeaders.CACHE_CONTROL, "max-age=60")
          .end(current.toJson().encode());
    };
  }

  /**
   * {@code GET /.well-known/jwks.json}: the node key next to the development issuer's, when that is on;
   * 503 until the node has read its keys.
   */
  public static Handler<RoutingContext> jwks(Supplier<Optional<JWKSet>> developmentKeys,
      Supplier<Federation> federation) {
    return rc -> {
      var current = federation.get();
      if (current == null) {
        rc.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "5").end();
        return;
      }
      var keys = new ArrayList<JWK>(current.key.publicKeys().getKeys());
      developmentKeys.get().ifPresent(set -> keys.addAll(set.getKeys()));
      rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/jwk-set+json")
          .putHeader(HttpHeaders.CACHE_CONTROL, "max-age=300")
          .end(new JWKSet(keys).toString());
    };
  }

  /** Logs the trace a peer's request travels under and echoes it, before /graphql handles it. */
  public static Handler<RoutingContext> trace() {
    return rc -> {
      var trace = rc.request().getHeader(PeerClient.TRACE_HEADER);
      if (trace != null && rc.request().getHeader(PeerClient.HOP_HEADER) != null) {
        long started = System.nanoTime();
        rc.response().putHeader(PeerClient.TRACE_HEADER, trace);
        rc.addEndHandler(ended -> {
          long tookMs = (System.nanoTime() - started) / 1_000_000;
          if (tookMs >= SLOW_ANSWER_MS) {
            LOG.info("answered a peer's request in {} ms (status {}), trace {}", tookMs, rc.response().getStatusCode(),
                trace);
          } else {
            LOG.debug("answered a peer's request in {} ms, trace {}", tookMs, trace);
          }
        });
      }
      rc.next();
    };
  }

  @Override
  public void close() {
    if (links != null) {
      links.close();
    }
    if (messages != null) {
      messages.close();
    }
    breakers.values().forEach(CircuitBreaker::close);
    client.close();
  }
}
