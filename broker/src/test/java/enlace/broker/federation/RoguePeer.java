package enlace.broker.federation;

import enlace.broker.directory.Cursors;
import enlace.graph.geo.GeoPoint;
import enlace.graph.service.SearchCursor;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fourth peer that answers badly on purpose, configured as a peer of the north: a small Vert.x server in
 * the test JVM whose answer to a federated search the test chooses. It answers well (no results) until told
 * otherwise.
 */
final class RoguePeer implements AutoCloseable {

  static final String ID = "rogue";

  enum Behaviour { WELL, SLOW, MALFORMED, HUGE, OUTSIDE_RADIUS, FOREIGN_IDS }

  private final Vertx vertx = Vertx.vertx();
  private final AtomicReference<Behaviour> behaviour = new AtomicReference<>(Behaviour.WELL);
  private final HttpServer server;
  private final java.util.concurrent.atomic.AtomicBoolean up = new java.util.concurrent.atomic.AtomicBoolean();
  private static final com.nimbusds.jose.jwk.JWKSet KEYS = keys();
  private final java.util.concurrent.atomic.AtomicInteger searches = new java.util.concurrent.atomic.AtomicInteger();

  RoguePeer() {
    var router = Router.router(vertx);
    router.get(NodeDescription.PATH).handler(rc -> {
      if (!up.get()) {
        rc.response().setStatusCode(503).end();
        return;
      }
      rc.json(new JsonObject().put("id", ID).put("region", ID).put("ontologyVersion", "1.0.0"));
    });
    router.get("/.well-known/jwks.json").handler(rc -> rc.response().putHeader("Content-Type", "application/json")
        .end(KEYS.toPublicJWKSet().toString()));
    router.post("/graphql").handler(BodyHandler.create()).handler(rc -> {
      searches.incrementAndGet();
      answer(rc.body().asJsonObject(), rc.response());
    });
    server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
        .toCompletionStage().toCompletableFuture().join();
  }

  int port() {
    return server.actualPort();
  }

  /** Until this, the peer's description answers 503, as a node still starting does. */
  void comeUp() {
    up.set(true);
  }

  private static com.nimbusds.jose.jwk.JWKSet keys() {
    try {
      return new com.nimbusds.jose.jwk.JWKSet(new com.nimbusds.jose.jwk.gen.ECKeyGenerator(
          com.nimbusds.jose.jwk.Curve.P_256).keyID("rogue-1").generate());
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many searches reached this peer so far. */
  int searches() {
    return searches.get();
  }

  void behave(Behaviour value) {
    behaviour.set(value);
  }

  private void answer(JsonObject request, io.vertx.core.http.HttpServerResponse response) {
    var near = request.getJsonObject("variables").getJsonObject("near");
    var center = new GeoPoint(near.getDouble("latitude"), near.getDouble("longitude"));
    response.putHeader("Content-Type", "application/json");
    switch (behaviour.get()) {
      case WELL -> response.end(results(new JsonArray()).encode());
      case SLOW -> vertx.setTimer(FederationNodes.PEER_TIMEOUT.multipliedBy(3).toMillis(),
          id -> response.end(results(new JsonArray()).encode()));
      case MALFORMED -> response.end("{\"data\": {\"searchServices\": {\"edges\": [{\"cursor\": ");
      case HUGE -> huge(response);
      case OUTSIDE_RADIUS -> response.end(results(new JsonArray().add(edge(ID, new GeoPoint(19.43, -99.13), center)))
          .encode());
      case FOREIGN_IDS -> response.end(results(new JsonArray().add(edge("centre", center, center))).encode());
    }
  }

  /** 10 MB of well-formed JSON, sent in chunks without a length. */
  private static void huge(io.vertx.core.http.HttpServerResponse response) {
    response.setChunked(true);
    response.write("{\"data\": {\"searchServices\": {\"edges\": [], \"pageInfo\": {\"hasNextPage\": false}}}, \"x\": \"");
    var chunk = Buffer.buffer("x".repeat(64 * 1024));
    for (int i = 0; i < 160; i++) {
      response.write(chunk);
    }
    response.end("\"}");
  }

  private static JsonObject results(JsonArray edges) {
    return new JsonObject().put("data", new JsonObject().put("searchServices", new JsonObject()
        .put("edges", edges).put("pageInfo", new JsonObject().put("hasNextPage", false))));
  }

  /** One result of {@code region} at {@code where}, with a cursor that tells its true distance. */
  private static JsonObject edge(String region, GeoPoint where, GeoPoint center) {
    double meters = center.distanceKm(where) * 1000;
    var location = new JsonObject().put("id", "rogue-l-1").put("name", null).put("address", "Calle Falsa 123")
        .put("postalCode", null).put("approximate", false)
        .put("point", new JsonObject().put("latitude", where.latitude()).put("longitude", where.longitude()))
        .put("municipality", new JsonObject().put("code", "02004"));
    var organization = new JsonObject().put("localId", "rogue-o-1").put("region", region).put("name", "Rogue")
        .put("kind", "https://w3id.org/enlace/ns#ngo").put("description", null).put("website", null)
        .put("email", null).put("phone", null).put("verifiedAt", null).put("source", "rogue");
    var service = new JsonObject().put("localId", "rogue-s-1").put("region", region).put("name", "Albergue falso")
        .put("description", null).put("languages", new JsonArray().add("es")).put("audience", new JsonArray())
        .put("timezone", "America/Tijuana").put("cost", null).put("status", "ACTIVE").put("lastVerifiedAt", null)
        .put("source", "rogue").put("confidential", false)
        .put("categories", new JsonArray().add(new JsonObject().put("iri", "https://w3id.org/enlace/ns#shelter")
            .put("sharedIris", new JsonArray().add("https://w3id.org/enlace/ns#shelter"))))
        .put("acceptedDocuments", new JsonArray()).put("capacity", null).put("openingHours", new JsonArray())
        .put("organization", organization);
    return new JsonObject().put("cursor", Cursors.encode(new SearchCursor(meters, "rogue-s-1|rogue-l-1")))
        .put("location", location).put("node", service);
  }

  @Override
  public void close() {
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }
}
