package enlace.broker.vocabulary;

import enlace.ontology.Ontology;
import enlace.ontology.OntologyException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The shared vocabulary over HTTP: {@code GET /ontology} as Turtle or JSON-LD, and a read-only SPARQL
 * 1.1 query endpoint at {@code /sparql}. Jena runs on worker threads, never on the event loop.
 */
public final class VocabularyRoutes {

  static final String VERSION_HEADER = "Enlace-Ontology-Version";
  private static final String TURTLE = "text/turtle";
  private static final String JSON_LD = "application/ld+json";

  /** How long a SPARQL query may run and how many solutions it may return. */
  public record Settings(Duration sparqlTimeout, int sparqlLimit) {
    public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(5), 1_000);
  }

  private final Supplier<Ontology> ontology;
  private final Settings settings;

  private VocabularyRoutes(Supplier<Ontology> ontology, Settings settings) {
    this.ontology = ontology;
    this.settings = settings;
  }

  /** {@code ontology} gives null while the node is starting. */
  public static void mount(Router router, Supplier<Ontology> ontology, Settings settings) {
    var routes = new VocabularyRoutes(ontology, settings);
    router.get("/ontology").handler(routes::ontology);
    router.route("/sparql").handler(BodyHandler.create(false).setBodyLimit(64 * 1024));
    router.route("/sparql").handler(routes::sparql);
  }

  private void ontology(RoutingContext rc) {
    var vocabulary = ontology.get();
    if (vocabulary == null) {
      problem(rc, 503, "the node is starting; retry shortly");
      return;
    }
    var accept = rc.request().getHeader("Accept");
    String type = chooseRdf(accept);
    if (type == null) {
      problem(rc, 406, "the ontology is served as text/turtle or application/ld+json");
      return;
    }
    rc.vertx().executeBlocking(() -> type.equals(TURTLE) ? vocabulary.toTurtle() : vocabulary.toJsonLd(), false)
        .onSuccess(body -> rc.response()
            .putHeader("Content-Type", type + "; charset=utf-8")
            .putHeader(VERSION_HEADER, vocabulary.version())
            .putHeader("Link", "<" + vocabulary.versionIri() + ">; rel=\"version-history\"")
            .putHeader("Vary", "Accept")
            .end(body))
        .onFailure(rc::fail);
  }

  private void sparql(RoutingContext rc) {
    var vocabulary = ontology.get();
    if (vocabulary == null) {
      problem(rc, 503, "the node is starting; retry shortly");
      return;
    }
    if (isUpdate(rc)) {
      problem(rc, 400, "this endpoint is read-only: SPARQL Update is refused");
      return;
    }
    String query;
    if (rc.request().method() == HttpMethod.GET) {
      query = rc.queryParams().get("query");
    } else if (rc.request().method() == HttpMethod.POST) {
      query = postedQuery(rc);
    } else {
      rc.response().putHeader("Allow", "GET, POST");
      problem(rc, 405, "use GET ?query= or POST");
      return;
    }
    if (query == null || query.isBlank()) {
      problem(rc, 400, "send a SPARQL query in the 'query' parameter");
      return;
    }
    var accept = firstMediaType(rc.request().getHeader("Accept"));
    Future<enlace.ontology.SparqlAnswer> answer = rc.vertx().executeBlocking(
        () -> vocabulary.query(query, accept, settings.sparqlLimit(), settings.sparqlTimeout()), false);
    answer.onSuccess(result -> rc.response()
            .putHeader("Content-Type", result.mediaType() + "; charset=utf-8")
            .putHeader(VERSION_HEADER, vocabulary.version())
            .end(result.body()))
        .onFailure(error -> {
          if (error instanceof OntologyException refused) {
            problem(rc, status(refused), refused.getMessage());
          } else {
            rc.fail(error);
          }
        });
  }

  private static String postedQuery(RoutingContext rc) {
    var type = String.valueOf(rc.request().getHeader("Content-Type")).toLowerCase(Locale.ROOT);
    if (type.startsWith("application/sparql-query")) {
      return rc.body().asString();
    }
    return rc.request().getFormAttribute("query");
  }

  private static boolean isUpdate(RoutingContext rc) {
    var type = String.valueOf(rc.request().getHeader("Content-Type")).toLowerCase(Locale.ROOT);
    return type.startsWith("application/sparql-update") || rc.request().params().contains("update")
        || rc.request().formAttributes().contains("update");
  }

  private static int status(OntologyException error) {
    return switch (error.reason()) {
      case QUERY_TIMEOUT -> 503;
      case UNSUPPORTED_MEDIA_TYPE -> 406;
      case QUERY_REFUSED -> 403;
      default -> 400;
    };
  }

  private static String chooseRdf(String accept) {
    if (accept == null || accept.isBlank()) {
      return TURTLE;
    }
    var header = accept.toLowerCase(Locale.ROOT);
    if (header.contains(JSON_LD) && (!header.contains(TURTLE) || header.indexOf(JSON_LD) < header.indexOf(TURTLE))) {
      return JSON_LD;
    }
    if (header.contains(TURTLE) || header.contains("*/*") || header.contains("text/*")) {
      return TURTLE;
    }
    return null;
  }

  private static String firstMediaType(String accept) {
    if (accept == null || accept.isBlank()) {
      return null;
    }
    var first = accept.split(",")[0].split(";")[0].strip();
    return first.equals("*/*") ? null : first;
  }

  private static void problem(RoutingContext rc, int status, String message) {
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json")
        .end(new JsonObject().put("error", message).encode());
  }
}
