package enlace.broker.federation;

import enlace.broker.TestNode;
import enlace.broker.directory.DirectoryLimits;
import enlace.broker.graphql.DirectoryApi;
import enlace.broker.http.HttpApi;
import enlace.broker.node.Node;
import enlace.broker.node.NodeConfig;
import enlace.broker.security.SecuritySettings;
import enlace.connectors.gazetteer.Regions;
import enlace.graph.GraphSettings;
import enlace.graph.municipality.Region;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Three real nodes in one test JVM, started once for the federation suite: south, centre and north, each on
 * its own loopback port with its own embedded Neo4j in a data directory of its own, the demo data of its
 * region, and the other two as peers. A test may stop a node; {@link #node} starts it again, on the same
 * port and data, when another test needs it.
 */
final class FederationNodes {

  static final List<Region> REGIONS = List.of(Regions.SOUTH, Regions.CENTRE, Regions.NORTH);
  /** Wide enough for a search from Tapachula to reach Tijuana. */
  static final double MAX_RADIUS_KM = 4_000;
  /**
   * Far longer than the defaults: three nodes and their stores share a test JVM that runs C1-compiled code only,
   * on two cores that other builds use too (a peer's search took over 4 s at a load of 10). The tests of the
   * limits themselves (a slow peer, a stopped one) hold the answer to these same values.
   */
  static final Duration PEER_TIMEOUT = Duration.ofSeconds(10);
  static final Duration DEADLINE = Duration.ofSeconds(12);
  /** Above the deadline, so that a federated search always answers before its HTTP request times out. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  /** As {@code TestGraph} gives a statement on a loaded machine. */
  static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);
  /** The north's breaker lets each of the misbehaving peer's tests reach it before its circuit opens. */
  static final int NORTH_BREAKER_FAILURES = 8;

  private static final Map<String, NodeConfig> CONFIGS = new LinkedHashMap<>();
  private static final Map<String, Node> RUNNING = new LinkedHashMap<>();
  private static Path root;
  private static RoguePeer rogue;

  private FederationNodes() {}

  static synchronized Node node(String id) {
    if (CONFIGS.isEmpty()) {
      configure();
      REGIONS.forEach(r -> RUNNING.put(r.id(), Node.start(CONFIGS.get(r.id()))));
      Runtime.getRuntime().addShutdownHook(new Thread(FederationNodes::stopAll, "federation-nodes-close"));
      awaitReady();
      warmUp();
    }
    if (!RUNNING.containsKey(id)) {
      RUNNING.put(id, Node.start(CONFIGS.get(id)));
      awaitReady();
      warmUp();
    }
    return RUNNING.get(id);
  }

  private static void awaitReady() {
    for (var node : RUNNING.values()) {
      try {
        node.ready().get(300, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("a federation test node did not start", e);
      }
    }
  }

  /**
   * What a node does once in its life, done before the tests measure anything: each node plans its search
   * queries, and fetches each peer's public keys on the first token that peer sends.
   */
  private static void warmUp() {
    var search = "{ searchServices(municipality: \"09015\", radiusKm: 4000, categories: [\"enl:shelter\"], first: 40) "
        + "{ edges { node { id } } } }";
    for (var node : RUNNING.keySet()) {
      long started = System.nanoTime();
      post(node, null, search, null);
      for (var peer : RUNNING.keySet()) {
        if (!peer.equals(node)) {
          post(node, RUNNING.get(peer).federation().orElseThrow().key().tokenFor(node), search, null);
        }
      }
      System.out.printf("warmed up %s in %d ms%n", node, (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** Stops a node (its peers then find nothing on its port) until {@link #node} starts it again. */
  static synchronized void stop(String id) {
    var node = RUNNING.remove(id);
    if (node != null) {
      node.close();
    }
  }

  static NodeConfig config(String id) {
    node(id);
    return CONFIGS.get(id);
  }

  static URI uri(String id, String path) {
    return URI.create("http://127.0.0.1:" + config(id).port() + path);
  }

  /** POSTs a query to one node, optionally with a bearer token; the HTTP response as it came. */
  static HttpResponse<String> post(String id, String token, String query, JsonObject variables) {
    var body = new JsonObject().put("query", query).put("variables", variables == null ? new JsonObject() : variables);
    var request = HttpRequest.newBuilder(uri(id, "/graphql")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.encode()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  static JsonObject graphql(String id, String query, JsonObject variables) {
    var response = post(id, null, query, variables);
    if (response.statusCode() != 200) {
      throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
    }
    return new JsonObject(response.body());
  }

  static HttpResponse<String> send(HttpRequest request) {
    return TestNode.send(request);
  }

  private static void configure() {
    try {
      root = Files.createTempDirectory("enlace-federation-");
      var ports = new LinkedHashMap<String, Integer>();
      REGIONS.forEach(r -> ports.put(r.id(), freePort()));
      rogue = new RoguePeer();
      for (var region : REGIONS) {
        var peers = new ArrayList<Peer>();
        for (var other : REGIONS) {
          if (!other.equals(region)) {
            peers.add(Peer.of(other.id(), "http://127.0.0.1:" + ports.get(other.id()), other.stateCodes()));
          }
        }
        if (region.equals(Regions.NORTH)) {
          peers.add(Peer.of(RoguePeer.ID, "http://127.0.0.1:" + rogue.port(), List.of("02")));
        }
        var vocabularies = region.equals(Regions.SOUTH) ? List.of(southernTerms(root)) : List.<Path>of();
        CONFIGS.put(region.id(), config(region, ports.get(region.id()), root.resolve(region.id()), peers)
            .withVocabularies(vocabularies));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static NodeConfig config(Region region, int port, Path dataDir, List<Peer> peers) {
    var limits = new DirectoryLimits(DirectoryLimits.DEFAULTS.maxPageSize(), MAX_RADIUS_KM,
        DirectoryLimits.DEFAULTS.capacityFreshness());
    return new NodeConfig(region.id(), REGIONS, "127.0.0.1", port,
        GraphSettings.embedded(dataDir).withPageCacheBytes(16L << 20).withQueryTimeout(QUERY_TIMEOUT),
        HttpApi.Settings.DEFAULTS.withRate(10_000, 10_000).withAdmission(10_000, 100)
            .withRequestTimeout(REQUEST_TIMEOUT),
        DirectoryApi.Settings.DEFAULTS, limits, true, List.of(),
        region.id(), SecuritySettings.development(dataDir))
        .withFederation(FederationSettings.NONE.withPeers(peers).withTimeouts(PEER_TIMEOUT, DEADLINE)
            .withBreaker(region.equals(Regions.NORTH) ? NORTH_BREAKER_FAILURES : FederationSettings.NONE.breakerFailures(),
                FederationSettings.NONE.breakerReset()));
  }

  /** The south speaks its own local terms (the bundled example), which its peers do not know. */
  private static Path southernTerms(Path root) throws IOException {
    var file = root.resolve("example-south.ttl");
    try (var in = FederationNodes.class.getResourceAsStream("/enlace/ontology/regional/example-south.ttl")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The misbehaving fourth peer of the north ({@link RoguePeer}). */
  static RoguePeer rogue() {
    node("north");
    return rogue;
  }

  /** Three stores take 1.5 GB: they go when the test JVM does. */
  private static synchronized void stopAll() {
    RUNNING.values().forEach(Node::close);
    RUNNING.clear();
    rogue.close();
    try (var files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("federation stores left behind in " + root + ": " + e.getMessage());
    }
  }
}
