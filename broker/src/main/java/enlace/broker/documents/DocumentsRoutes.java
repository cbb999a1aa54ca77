package enlace.broker.documents;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /documentos}: the public page, no sign-in, of what each migrant document lets its holder do, in
 * Spanish ({@code ?lang=en} for English), and with {@code municipio} (a name or an INEGI code) and
 * {@code radio} (km) the services near that municipality that accept each one. {@code /documents} leads to
 * the English page.
 */
public final class DocumentsRoutes {

  public static final String PATH = "/documentos";
  private static final Logger LOG = LoggerFactory.getLogger(DocumentsRoutes.class);

  private DocumentsRoutes() {}

  /** {@code guide} gives null while the node is starting; the page answers 503 until it does not. */
  public static void mount(Router router, Supplier<DocumentGuide> guide) {
    router.get(PATH).handler(rc -> answer(rc, guide.get()));
    router.get("/documents").handler(rc -> rc.redirect(PATH + "?lang=en"));
  }

  private static void answer(RoutingContext rc, DocumentGuide guide) {
    if (guide == null) {
      rc.response().setStatusCode(503).putHeader("Retry-After", "5").end();
      return;
    }
    var text = PageText.of(rc.queryParams().get("lang"));
    var typed = Optional.ofNullable(rc.queryParams().get("municipio")).map(String::strip).orElse("");
    int radius = radius(rc.queryParams().get("radio"));
    var page = new DocumentsPage(guide);
    CompletionStage<DocumentsPage.Request> request;
    if (typed.isEmpty()) {
      request = CompletableFuture.completedFuture(
          new DocumentsPage.Request(text, typed, radius, Optional.empty(), Optional.empty()));
    } else {
      var choice = guide.place(typed);
      request = choice instanceof PlaceChoice.Found found && found.municipality().point().isPresent()
          ? guide.near(found.municipality(), radius).thenApply(n ->
              new DocumentsPage.Request(text, typed, radius, Optional.of(choice), Optional.of(n)))
          : CompletableFuture.completedFuture(
              new DocumentsPage.Request(text, typed, radius, Optional.of(choice), Optional.empty()));
    }
    Future.fromCompletionStage(request, rc.vertx().getOrCreateContext()).onComplete(done -> {
      if (done.failed()) {
        LOG.error("the documents page could not be made", done.cause());
        rc.response().setStatusCode(500).putHeader("Content-Type", "text/plain; charset=utf-8")
            .end("La página no pudo generarse; inténtelo de nuevo. / The page could not be made; try again.");
        return;
      }
      rc.response().putHeader("Content-Type", "text/html; charset=utf-8")
          .putHeader("Content-Language", text.lang())
          .putHeader("Cache-Control", "public, max-age=300")
          .end(page.render(done.result()));
    });
  }

  /** One of the radii the form offers; anything else falls back to the default. */
  static int radius(String value) {
    try {
      int km = Integer.parseInt(value == null ? "" : value.strip());
      return DocumentGuide.RADII_KM.contains(km) ? km : DocumentGuide.DEFAULT_RADIUS_KM;
    } catch (NumberFormatException e) {
      return DocumentGuide.DEFAULT_RADIUS_KM;
    }
  }
}
