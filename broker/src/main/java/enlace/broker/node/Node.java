package enlace.broker.node;

import enlace.broker.imports.ImportPreviewRoutes;
import enlace.broker.imports.ImportPreviewer;
import enlace.broker.imports.TemplateRoutes;
import enlace.graph.provenance.ImportPreviews;
import enlace.broker.metrics.MetricsRoute;
import enlace.connectors.template.ServiceTemplate;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import enlace.broker.metrics.NodeMetrics;
import enlace.graph.outbox.Outbox;
import io.micrometer.core.instrument.Tags;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import enlace.broker.admission.Admission;
import enlace.broker.admission.RateLimiter;
import enlace.broker.admission.SocketBudget;
import enlace.broker.directory.ConceptWords;
import enlace.broker.directory.ConfidentialPlaces;
import enlace.broker.directory.DirectoryService;
import enlace.broker.directory.DirectoryUpserts;
import enlace.broker.directory.DirectoryWrites;
import enlace.broker.documents.DocumentGuide;
import enlace.broker.documents.DocumentsRoutes;
import enlace.broker.console.ConsoleRoutes;
import enlace.broker.federation.Federation;
import enlace.broker.federation.NodeDescription;
import enlace.broker.federation.delivery.PeerMessages;
import enlace.broker.gaps.CoordinatorRoutes;
import enlace.broker.gaps.GapsAnalysis;
import enlace.broker.graphql.DirectoryApi;
import enlace.broker.graphql.PublishedSchema;
import enlace.broker.trusted.TrustedDocuments;
import enlace.graph.operation.RegisteredOperations;
import enlace.broker.graphql.GapsFetchers;
import enlace.broker.graphql.Knowledge;
import enlace.broker.graphql.NoteFetchers;
import enlace.broker.graphql.OutcomeFetchers;
import enlace.broker.note.FieldNotes;
import enlace.broker.note.HsdsNotes;
import enlace.broker.note.NoteEvents;
import enlace.broker.outcome.EmploymentOutcomes;
import enlace.broker.graphql.ReferralApi;
import enlace.broker.hsds.HsdsRoutes;
import enlace.broker.http.AllowedOrigins;
import enlace.broker.http.Cors;
import enlace.broker.http.HttpApi;
import enlace.broker.http.SubscriptionRoute;
import enlace.broker.imports.ImportReview;
import enlace.broker.imports.ImportService;
import enlace.broker.referral.CrossRegionReferrals;
import enlace.broker.referral.ExpirySweep;
import enlace.broker.referral.ReferralBroker;
import enlace.broker.referral.ReferralEvents;
import enlace.broker.referral.ReferralStatistics;
import enlace.broker.referral.ServiceMatching;
import enlace.broker.referral.Webhooks;
import enlace.broker.security.DevelopmentIssuer;
import enlace.broker.security.ResourceServer;
import enlace.broker.security.TokenVerifier;
import enlace.broker.vocabulary.VocabularyRoutes;
import enlace.connectors.demo.DemoDirectory;
import enlace.connectors.gazetteer.Gazetteer;
import enlace.connectors.gazetteer.GeographyLoader;
import enlace.connectors.imports.DataExchange;
import enlace.graph.Graph;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.Municipality;
import enlace.graph.documents.NearbyServices;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
import enlace.graph.service.ServiceRepository;
import enlace.ontology.Ontology;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One regional node: HTTP first (so /health can say "starting"), then the issuers it trusts, the graph,
 * the gazetteer, the demo data on a first start, the ontology, and finally the API.
 */
public final class Node implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Node.class);

  private final NodeConfig config;
  private final Vertx vertx;
  private final HttpServer server;
  private final AtomicReference<DirectoryApi> api;
  private final AtomicReference<Ontology> ontology;
  private final AtomicReference<ResourceServer> security;
  private final CompletableFuture<Node> ready = new CompletableFuture<>();
  private final AtomicReference<Federation> federation = new AtomicReference<>();
  private NodeMetrics metrics;
  private final AtomicReference<Buffer> template = new AtomicReference<>();
  private final AtomicReference<ImportPreviewer> previewer = new AtomicReference<>();
  private final AtomicReference<NodeDescription> description = new AtomicReference<>();
  private final boolean ownsGraph;
  private final AtomicReference<GapsAnalysis> gaps;
  private final AtomicReference<DocumentGuide> documents = new AtomicReference<>();
  private volatile Graph graph;
  private AtomicReference<DataExchange> hsds;
  private AtomicReference<HsdsNotes> hsdsNotes;
  private AtomicReference<TrustedDocuments> trusted;

  private Node(NodeConfig config, Vertx vertx, HttpServer server, AtomicReference<DirectoryApi> api,
      AtomicReference<Ontology> ontology, AtomicReference<ResourceServer> security, boolean ownsGraph,
      AtomicReference<GapsAnalysis> gaps) {
    this.config = config;
    this.vertx = vertx;
    this.server = server;
    this.api = api;
    this.ontology = ontology;
    this.security = security;
    this.ownsGraph = ownsGraph;
    this.gaps = gaps;
  }

  /** Starts a node that opens (and later closes) its own graph store. */
  public static Node start(NodeConfig config) {
    return start(config, null);
  }

  /** Starts a node on a graph store somebody else owns, such as the one a test JVM shares. */
  public static Node start(NodeConfig config, Graph shared) {
    var metrics = new NodeMetrics();
    var sockets = new SocketBudget(config.http().socketsPerClient());
    metrics.gauge("enlace.subscriptions.sockets", "WebSockets open on this instance", Tags.empty(),
        sockets::sockets);
    var vertx = Vertx.builder()
        // Vert.x keeps registries by name, per JVM: a name of this node's own keeps two nodes in one JVM apart.
        .with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)
            .setRegistryName("enlace-" + System.identityHashCode(metrics))
            .setLabels(EnumSet.of(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE))))
        .withMetrics(new MicrometerMetricsFactory(metrics.registry()))
        .build();
    var api = new AtomicReference<DirectoryApi>();
    var ontology = new AtomicReference<Ontology>();
    var security = new AtomicReference<ResourceServer>();
    var trusted = new AtomicReference<TrustedDocuments>();
    var router = HttpApi.router(vertx, api::get, trusted::get, ResourceServer.authentication(security::get),
        config.http());
    VocabularyRoutes.mount(router, ontology::get, VocabularyRoutes.Settings.DEFAULTS);
    var gaps = new AtomicReference<GapsAnalysis>();
    CoordinatorRoutes.mount(router, gaps::get, security::get, ResourceServer.authentication(security::get),
        config.region());
    var origin = new AtomicReference<URI>();
    var admission = new Admission(RateLimiter.inMemory(), security::get, config.http().admission());
    HttpApi.admit(router, admission);
    SubscriptionRoute.mount(router, vertx, api::get,
        () -> security.get() == null ? null : security.get().authenticator(), origin::get,
        config.referrals().allowedOrigins(), admission, sockets);
    var hsds = new AtomicReference<DataExchange>();
    var hsdsNotes = new AtomicReference<HsdsNotes>();
    HsdsRoutes.mount(router, hsds::get, ResourceServer.authentication(security::get), hsdsNotes::get,
        config.http().publicMaxAge());
    Cors.mount(router, new AllowedOrigins(origin::get, config.referrals().allowedOrigins()));
    ConsoleRoutes.mount(router, security::get, demoOrganizations(config), config.region(),
        config.security().issuers());
    var server = vertx.createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port())
            .setCompressionSupported(true).setWebSocketSubProtocols(List.of(SubscriptionRoute.PROTOCOL)))
        .requestHandler(router)
        .listen()
        .toCompletionStage().toCompletableFuture().join();
    var node = new Node(config, vertx, server, api, ontology, security, shared == null, gaps);
    node.metrics = metrics;
    config.http().metricsToken().ifPresent(token -> MetricsRoute.mount(router, metrics, token));
    node.mountFederation(router);
    DocumentsRoutes.mount(router, node.documents::get);
    TemplateRoutes.mount(router, node.template::get);
    ImportPreviewRoutes.mount(router, node.previewer::get, ResourceServer.authentication(node.security::get));
    node.hsds = hsds;
    node.trusted = trusted;
    node.hsdsNotes = hsdsNotes;
    origin.set(node.baseUrl());
    var startup = new Thread(() -> node.prepare(shared), "enlace-startup");
    startup.start();
    return node;
  }

  private void prepare(Graph shared) {
    try {
      long started = System.nanoTime();
      var peers = startFederation();
      security.set(ResourceServer.start(vertx, config.security(), config.audience(), peers));
      graph = shared != null ? shared : Graph.open(config.graph());
      graph.observe(NodeMetrics.neo4j());
      watchQueues(graph);
      federation.get().startMessages(graph, Clock.systemUTC());
      var gazetteer = Gazetteer.bundled();
      var startup = graph.bulk();
      long municipalities = new GeographyLoader(startup).ensure(gazetteer, config.regions())
          .toCompletableFuture().join();
      if (config.demoData() && new OrganizationRepository(startup).count().toCompletableFuture().join() == 0) {
        var content = DemoDirectory.bundled(Clock.systemUTC()).load(startup, config.ownRegion())
            .toCompletableFuture().join();
        LOG.info("loaded demo directory: {} organizations, {} services, {} vacancies",
            content.organizations().size(), content.services().size(), content.vacancies().size());
      }
      int settled = new ServiceRepository(graph).settleConfidentialPlaces().toCompletableFuture().join();
      if (settled > 0) {
        LOG.info("listed {} places of confidential services again at their approximate point", settled);
      }
      var vocabulary = Ontology.load(config.vocabularies().toArray(Path[]::new));
      ontology.set(vocabulary);
      var words = new ConceptWords(vocabulary, graph, config.region());
      words.refresh().toCompletableFuture().join();
      var directory = new DirectoryService(graph, words, config.directory());
      var writes = new DirectoryWrites(graph, config.regions(), Clock.systemUTC());
      var places = new ConfidentialPlaces(graph, config.region(), Clock.systemUTC());
      var upserts = new DirectoryUpserts(graph, vocabulary, config.region(), Clock.systemUTC());
      description.set(new NodeDescription(config.nodeId(), config.region(), config.ownRegion().stateCodes(),
          vocabulary.version(), config.federation().publicUrl().orElseGet(this::baseUrl).toString(),
          PublishedSchema.sha256()));
      var exchange = new DataExchange(graph, vocabulary, gazetteer, Clock.systemUTC());
      template.set(workbook(vocabulary, gazetteer));
      previewer.set(new ImportPreviewer(exchange, new ImportPreviews(graph), config.region(), Clock.systemUTC()));
      trusted.set(new TrustedDocuments(new RegisteredOperations(graph), config.http().trustedDocumentsOnly(),
          Clock.systemUTC()));
      var referrals = referrals(directory, vocabulary);
      api.set(DirectoryApi.create(directory, writes, upserts, places, vocabulary, config.region(), config.regions(),
          gazetteer.states(), config.api().withTimeout(config.http().requestTimeout()), Clock.systemUTC(),
          new DirectoryApi.Features(referrals, new ImportService(exchange, config.region(),
              new ImportReview(graph, words, config.regions(), Clock.systemUTC())),
              new GapsFetchers(gapsAnalysis(vocabulary), vocabulary),
              Optional.of(federation.get().search(directory, vocabulary, gazetteer.municipalities())))
              .withKnowledge(knowledge(vocabulary, referrals.webhooks()))));
      hsds.set(exchange);
      documents.set(new DocumentGuide(vocabulary, new NearbyServices(graph), gazetteer.municipalities()));
      warmUp(new DirectoryService(startup, vocabulary, config.directory()), gazetteer);
      federation.get().connectPeers(vocabulary.version());
      LOG.info("node {} ready in {} ms: {} municipalities, ontology {}", config.region(),
          (System.nanoTime() - started) / 1_000_000, municipalities, vocabulary.version());
      ready.complete(this);
    } catch (RuntimeException e) {
      LOG.error("the node could not start", e);
      ready.completeExceptionally(e);
    }
  }

  /**
   * Plans the directory's statements from the first municipality of the node's region, then sends the node's
   * own API its commonest requests from there (before ready).
   */
  private void warmUp(DirectoryService directory, Gazetteer gazetteer) {
    long started = System.nanoTime();
    var states = config.ownRegion().stateCodes();
    var seat = gazetteer.municipalities().stream().filter(m -> states.contains(m.stateCode()) && m.point().isPresent())
        .findFirst();
    var point = seat.flatMap(Municipality::point).orElse(new GeoPoint(19.43, -99.13));
    int statements = QueryWarmup.run(directory, point.latitude(), point.longitude()).toCompletableFuture().join();
    long planned = System.nanoTime();
    int requests = RequestWarmup.run(api.get(), vertx.getOrCreateContext(), config.nodeId(),
        seat.map(m -> m.code().value()).orElse("09015"), point,
        Math.min(QueryWarmup.WIDE_KM, directory.limits().maxRadiusKm()));
    LOG.info("planned {} statements in {} ms; {} requests through the API in {} ms", statements,
        (planned - started) / 1_000_000, requests, (System.nanoTime() - planned) / 1_000_000);
  }

  /** The node key, /.well-known/enlace-node, /.well-known/jwks.json and the trace of peers' requests. */
  private void mountFederation(Router router) {
    router.get(NodeDescription.PATH).handler(Federation.describe(description::get));
    router.get(DevelopmentIssuer.JWKS_PATH).handler(Federation.jwks(() -> Optional.ofNullable(security.get())
        .flatMap(ResourceServer::developmentIssuer).map(DevelopmentIssuer::publicKeys), federation::get));
    router.route("/graphql").order(-1).handler(Federation.trace());
    router.post(PeerMessages.PATH).handler(BodyHandler.create(false).setBodyLimit(256 * 1024))
        .handler(ResourceServer.authentication(security::get))
        .handler(Federation.receive(federation::get));
  }

  /** Opens the node key and returns the verifiers of the peers' tokens. */
  private static Buffer workbook(Ontology vocabulary, Gazetteer gazetteer) {
    var out = new ByteArrayOutputStream();
    try {
      new ServiceTemplate(vocabulary, gazetteer).write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Buffer.buffer(out.toByteArray());
  }

  /** The peer outbox's depth and age, read every 15 s (a gauge must not query the store at each scrape). */
  private void watchQueues(Graph store) {
    var backlog = new AtomicReference<>(new Outbox.Backlog(0, null));
    var outbox = new Outbox(store);
    vertx.setPeriodic(1, QUEUE_WATCH.toMillis(), id -> outbox.backlog().thenAccept(backlog::set));
    metrics.gauge("enlace.federation.outbox.messages", "Messages to peers not yet delivered", Tags.empty(),
        () -> backlog.get().messages());
    metrics.gauge("enlace.federation.outbox.oldest.seconds", "Age of the oldest undelivered message to a peer",
        Tags.empty(), () -> backlog.get().oldest() == null ? 0
            : Duration.between(backlog.get().oldest(), Instant.now()).toSeconds());
  }

  private static final Duration QUEUE_WATCH = Duration.ofSeconds(15);

  private List<TokenVerifier> startFederation() {
    var settings = config.federation();
    var keyDir = settings.keyDir().or(() -> Optional.ofNullable(config.graph().dataDir())).orElseThrow(() ->
        new IllegalArgumentException("the node key needs a data directory: set neo4j.dataDir"));
    federation.set(Federation.start(vertx, config.nodeId(), keyDir, settings, Clock.systemUTC()));
    federation.get().breakerStates().keySet().forEach(peer -> metrics.gauge("enlace.federation.peer.breaker",
        "A peer's circuit breaker: 0 closed, 1 half open, 2 open", Tags.of("peer", peer),
        () -> federation.get().breakerStates().getOrDefault(peer, 0)));
    return federation.get().peerVerifiers(config.audience(), Clock.systemUTC());
  }

  /** This node's federation (its key and peers) once it has started. */
  public Optional<Federation> federation() {
    return Optional.ofNullable(federation.get());
  }

  /** The referral broker, its event stream, webhooks and the expiry sweep, started on this node's Vert.x. */
  private ReferralApi referrals(DirectoryService directory, Ontology vocabulary) {
    var clock = Clock.systemUTC();
    var settings = config.referrals();
    var events = new ReferralEvents(vertx);
    var matching = new ServiceMatching(graph, directory, vocabulary, config.directory().capacityFreshness(), clock);
    var broker = new ReferralBroker(graph, matching, events, settings, config.region(), clock,
        CrossRegionReferrals.of(graph, config.region(), federation(), events, clock));
    var webhooks = new Webhooks(vertx, graph, settings, clock);
    webhooks.start(events);
    new ExpirySweep(graph, events, clock).start(vertx, settings);
    return new ReferralApi(broker, new ReferralStatistics(graph, config.regions(), clock), webhooks, events);
  }

  /** Partners' field notes (heard by owners through the subscription and their webhooks) and employment outcomes. */
  private Knowledge knowledge(Ontology vocabulary, Webhooks webhooks) {
    var events = new NoteEvents(vertx, Optional.of(webhooks));
    var notes = new FieldNotes(graph, vocabulary, config.region(), config.regions(), events, Clock.systemUTC());
    hsdsNotes.set(new HsdsNotes(notes));
    return new Knowledge(new NoteFetchers(notes, events, vocabulary),
        new OutcomeFetchers(new EmploymentOutcomes(graph, vocabulary, config.regions(), Clock.systemUTC())));
  }

  /** The coordinators' gaps, served by GraphQL and by the exports at /gaps.csv and /gaps.geojson. */
  private GapsAnalysis gapsAnalysis(Ontology vocabulary) {
    gaps.set(new GapsAnalysis(graph, vocabulary, config.regions(), Clock.systemUTC()));
    return gaps.get();
  }

  /** The demo directory's organizations of the node's region, read once when first asked; none without demo data. */
  private static Supplier<List<Organization>> demoOrganizations(NodeConfig config) {
    var cached = new AtomicReference<List<Organization>>();
    return () -> cached.updateAndGet(list -> list != null ? list : config.demoData()
        ? DemoDirectory.bundled(Clock.systemUTC()).content(config.ownRegion()).organizations() : List.of());
  }

  /** Completes when the API answers; fails with the reason the node could not start. */
  public CompletableFuture<Node> ready() {
    return ready;
  }

  public int port() {
    return server.actualPort();
  }

  public URI baseUrl() {
    var host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
    return URI.create("http://" + host + ":" + port());
  }

  public NodeConfig config() {
    return config;
  }

  /** The node's graph store, once {@link #ready} has completed. */
  public Graph graph() {
    return graph;
  }

  @Override
  public void close() {
    metrics.close();
    if (federation.get() != null) {
      federation.get().close();
    }
    vertx.close().toCompletionStage().toCompletableFuture().join();
    if (security.get() != null) {
      security.get().close();
    }
    if (ownsGraph && graph != null) {
      graph.close();
    }
  }
}
