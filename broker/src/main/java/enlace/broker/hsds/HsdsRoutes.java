package enlace.broker.hsds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import enlace.broker.http.HttpApi;
import enlace.broker.http.PublicReads;
import enlace.broker.note.HsdsNotes;
import enlace.broker.security.Authenticator;
import enlace.broker.security.Caller;
import enlace.connectors.imports.DataExchange;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The directory read-only in the shape of the Open Referral HSDS 3.1 API: {@code /hsds/services},
 * {@code /hsds/services/{id}}, {@code /hsds/organizations}, {@code /hsds/organizations/{id}}, with its
 * paging fields and {@code page} / {@code per_page} parameters. Public like the GraphQL directory;
 * confidential places appear only as the centre of their ~2 km square. Partners' field notes appear only to
 * partners, as an extension.
 */
public final class HsdsRoutes {

  static final int DEFAULT_PER_PAGE = 50;
  static final int MAX_PER_PAGE = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  private HsdsRoutes() {}

  public static void mount(Router router, Supplier<DataExchange> exchange) {
    mount(router, exchange, rc -> rc.next(), () -> null, HttpApi.PUBLIC_MAX_AGE);
  }

  /**
   * As {@link #mount(Router, Supplier)}, and with a partner's bearer token each service and organization carries
   * the partners' field notes ({@link HsdsNotes#PROPERTY}); such an answer is private to the caller. Answers
   * without a token may be kept by caches for {@code publicMaxAge}.
   */
  public static void mount(Router router, Supplier<DataExchange> exchange, Handler<RoutingContext> authentication,
      Supplier<HsdsNotes> notes, Duration publicMaxAge) {
    router.route("/hsds/*").handler(authentication);
    router.route("/hsds/*").handler(rc -> {
      Caller caller = rc.get(Authenticator.CALLER);
      if (caller != null && HsdsNotes.carriesNotes(caller)) {
        rc.response().putHeader("Cache-Control", "private, no-store").putHeader("Vary", "Authorization");
      }
      rc.next();
    });
    Send send = (rc, body) -> PublicReads.reply(rc, 200, "application/json", Buffer.buffer(body), publicMaxAge,
        true);
    router.get("/hsds").handler(rc -> send.to(rc, JSON.createObjectNode().put("version", "3.1")
        .put("profile", "https://openreferral.org/").toString()));
    router.get("/hsds/services").handler(rc -> ready(rc, exchange, send, x -> page(rc, x, "Service", notes)));
    router.get("/hsds/services/:id").handler(rc -> ready(rc, exchange, send, x -> x.directory()
        .services(List.of(rc.pathParam("id")))
        .thenCompose(found -> found.isEmpty() ? CompletableFuture.completedFuture(null)
            : withNotes(rc, notes, "Service", List.of((ObjectNode) x.hsdsWriter().service(found.getFirst())))
                .thenApply(list -> list.getFirst().toString()))));
    router.get("/hsds/organizations").handler(rc -> ready(rc, exchange, send,
        x -> page(rc, x, "Organization", notes)));
    router.get("/hsds/organizations/:id").handler(rc -> ready(rc, exchange, send, x -> x.directory()
        .organization(rc.pathParam("id"))
        .thenCompose(found -> found.isEmpty() ? CompletableFuture.completedFuture(null)
            : withNotes(rc, notes, "Organization", List.of((ObjectNode) x.hsdsWriter().organization(found.get())))
                .thenApply(list -> list.getFirst().toString()))));
  }

  /** The HSDS objects, with the field notes when the caller is a partner (and the answer then private). */
  private static CompletionStage<List<ObjectNode>> withNotes(RoutingContext rc, Supplier<HsdsNotes> notes,
      String label, List<ObjectNode> objects) {
    Caller caller = rc.get(Authenticator.CALLER);
    var extension = notes.get();
    if (extension == null || caller == null || !HsdsNotes.carriesNotes(caller)) {
      return CompletableFuture.completedFuture(objects);
    }
    return extension.addTo(caller, label, objects);
  }

  private static CompletionStage<String> page(RoutingContext rc, DataExchange x, String label,
      Supplier<HsdsNotes> notes) {
    int page = number(rc, "page", 1);
    int size = Math.min(number(rc, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE);
    var provenances = x.directory().provenances();
    int skip = (int) Math.min((long) (page - 1) * size, Integer.MAX_VALUE);
    return provenances.count(label).thenCompose(total -> provenances.idsAt(label, skip, size)
        .thenCompose(ids -> label.equals("Service")
            ? x.directory().services(ids)
                .thenApply(list -> list.stream().map(s -> (ObjectNode) x.hsdsWriter().service(s)).toList())
            : x.directory().organizations(ids)
                .thenApply(list -> list.stream().map(o -> (ObjectNode) x.hsdsWriter().organization(o)).toList()))
        .thenCompose(objects -> withNotes(rc, notes, label, objects))
        .thenApply(contents -> {
          int pages = (int) Math.max(1, (total + size - 1) / size);
          var out = JSON.createObjectNode();
          out.put("total_items", total);
          out.put("total_pages", pages);
          out.put("page_number", page);
          out.put("size", contents.size());
          out.put("first_page", page == 1);
          out.put("last_page", page >= pages);
          out.put("empty", contents.isEmpty());
          out.putArray("contents").addAll(contents);
          return out.toString();
        }));
  }

  private interface Answer {
    CompletionStage<String> apply(DataExchange exchange);
  }

  private interface Send {
    void to(RoutingContext rc, String body);
  }

  private static void ready(RoutingContext rc, Supplier<DataExchange> exchange, Send send, Answer answer) {
    var x = exchange.get();
    if (x == null) {
      rc.response().setStatusCode(503).putHeader("Retry-After", "5").end();
      return;
    }
    CompletionStage<String> body;
    try {
      body = answer.apply(x);
    } catch (IllegalArgumentException e) {
      error(rc, 400, e.getMessage());
      return;
    }
    Future.fromCompletionStage(body, rc.vertx().getOrCreateContext()).onComplete(done -> {
      if (done.failed()) {
        error(rc, 500, "the directory could not be read");
      } else if (done.result() == null) {
        error(rc, 404, "not found");
      } else {
        send.to(rc, done.result());
      }
    });
  }

  private static int number(RoutingContext rc, String name, int fallback) {
    var value = rc.queryParams().get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n < 1) {
        throw new IllegalArgumentException(name + " must be 1 or more");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got " + value);
    }
  }

  private static void error(RoutingContext rc, int status, String message) {
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json")
        .end(new JsonObject().put("error", message).encode());
  }
}
