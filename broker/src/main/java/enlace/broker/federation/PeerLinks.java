package enlace.broker.federation;

import enlace.broker.security.TokenVerifier;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's links to its peers, made before it reports ready: for each peer, its description fetched (which
 * opens the pooled connection later searches reuse and tells its ontology version) and the keys its tokens
 * are signed with loaded. A peer that does not answer within {@code wait} does not hold the node back: it is
 * asked again every {@code retry} in the background and joins when it answers. Loaded keys are refreshed in
 * the background by their cache ({@code jwksCacheSeconds}).
 */
final class PeerLinks implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PeerLinks.class);

  private final Vertx vertx;
  private final PeerClient client;
  private final List<Peer> peers;
  private final Map<String, TokenVerifier> verifiers;
  private final Duration retry;
  private final Set<String> linked = ConcurrentHashMap.newKeySet();
  private final Set<String> trying = ConcurrentHashMap.newKeySet();
  private volatile String ontologyVersion = "";
  private volatile long timer = -1;

  PeerLinks(Vertx vertx, PeerClient client, List<Peer> peers, Map<String, TokenVerifier> verifiers, Duration retry) {
    this.vertx = vertx;
    this.client = client;
    this.peers = List.copyOf(peers);
    this.verifiers = Map.copyOf(verifiers);
    this.retry = retry;
  }

  /**
   * Blocking (called from the start-up thread): links every peer that answers within {@code wait}, then keeps
   * trying the others in the background. Returns the ids of the peers linked by then.
   */
  Set<String> connect(String ontologyVersion, Duration wait) {
    this.ontologyVersion = ontologyVersion;
    var attempts = peers.stream().map(this::link).toList();
    try {
      Future.join(attempts).toCompletionStage().toCompletableFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception stillTrying) {
      // A peer that is slow to answer goes on in the background like one that is down.
    }
    if (!peers.isEmpty()) {
      timer = vertx.setPeriodic(retry.toMillis(), id -> peers.stream()
          .filter(p -> !linked.contains(p.id()) && !trying.contains(p.id())).forEach(this::link));
    }
    var now = Set.copyOf(linked);
    LOG.info("peers linked at start: {} of {} {}", now.size(), peers.size(), now);
    return now;
  }

  /** The peers whose description and keys this node holds. */
  Set<String> linked() {
    return Set.copyOf(linked);
  }

  private Future<Void> link(Peer peer) {
    trying.add(peer.id());
    return client.description(peer, retry.toMillis())
        .compose(description -> vertx.executeBlocking(() -> keys(peer, description), false))
        .onComplete(result -> {
          trying.remove(peer.id());
          if (result.succeeded() && linked.add(peer.id())) {
            LOG.info("peer {} ({}) linked: keys loaded, ontology {}", peer.id(),
                result.result().getString("region"), result.result().getString("ontologyVersion"));
          } else if (result.failed()) {
            LOG.debug("peer {} not linked yet: {}", peer.id(), result.cause().getMessage());
          }
        })
        .mapEmpty();
  }

  private JsonObject keys(Peer peer, JsonObject description) {
    var theirs = description.getString("ontologyVersion");
    if (!NodeDescription.compatible(ontologyVersion, theirs)) {
      LOG.warn("peer {} speaks ontology {} and this node {}: categories may not match", peer.id(), theirs,
          ontologyVersion);
    }
    var verifier = verifiers.get(peer.id());
    if (verifier != null && !verifier.loadKeys()) {
      throw new IllegalStateException("the keys of peer " + peer.id() + " could not be loaded");
    }
    return description;
  }

  @Override
  public void close() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
  }
}
