package enlace.broker.imports;

import enlace.broker.directory.NotFound;
import enlace.broker.graphql.RequestContext;
import enlace.broker.security.Authenticator;
import enlace.broker.security.Caller;
import enlace.broker.security.Forbidden;
import enlace.broker.security.Unauthenticated;
import enlace.connectors.imports.ImportSummary;
import enlace.connectors.imports.Problem;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The upload an office makes from the console, as two calls any client can make:
 * {@code POST /imports/previews?format=sheet&source=NAME&file=FILE} with the file as the body reads it without
 * writing and answers what each row would do, with every problem and its suggestions in the caller's language
 * ({@code Accept-Language}); {@code POST /imports/previews/{id}/confirm} imports it as shown, or answers 409 with
 * the fresh preview when the directory changed in between. The same rules of ownership as importBatch apply.
 */
public final class ImportPreviewRoutes {

  public static final String PATH = "/imports/previews";

  private ImportPreviewRoutes() {}

  public static void mount(Router router, Supplier<ImportPreviewer> previewer, Handler<RoutingContext> authentication) {
    router.route(PATH + "*").handler(BodyHandler.create(false).setBodyLimit(ImportPreviewer.MAX_BYTES));
    router.route(PATH + "*").handler(authentication);
    router.post(PATH).handler(rc -> answer(rc, previewer, p -> {
      var params = rc.queryParams();
      var file = Objects.requireNonNullElse(params.get("file"), "archivo");
      var source = Objects.requireNonNullElse(params.get("source"), file);
      return p.preview(caller(rc), Objects.requireNonNullElse(params.get("format"), "sheet"), source, file,
          rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes())
          .thenApply(preview -> new Answer(201, preview(preview, lang(rc))));
    }));
    router.post(PATH + "/:id/choices").handler(rc -> answer(rc, previewer, p -> p.choose(caller(rc),
        rc.pathParam("id"), Choices.read(rc.body().asString())).thenApply(preview -> new Answer(200,
            preview(preview, lang(rc))))));
    router.post(PATH + "/:id/confirm").handler(rc -> answer(rc, previewer, p -> p.confirm(caller(rc),
        rc.pathParam("id")).thenApply(done -> done.stale()
            ? new Answer(409, new JsonObject().put("stale", true).put("preview", preview(done.preview().orElseThrow(),
                lang(rc))))
            : new Answer(200, new JsonObject().put("stale", false).put("summary",
                summary(done.summary().orElseThrow(), lang(rc)))))));
  }

  private record Answer(int status, JsonObject body) {}

  private static void answer(RoutingContext rc, Supplier<ImportPreviewer> previewer,
      Function<ImportPreviewer, CompletionStage<Answer>> work) {
    var p = previewer.get();
    if (p == null) {
      rc.response().setStatusCode(503).putHeader("Retry-After", "5").end();
      return;
    }
    CompletionStage<Answer> answer;
    try {
      answer = work.apply(p);
    } catch (RuntimeException e) {
      refuse(rc, e);
      return;
    }
    Future.fromCompletionStage(answer, rc.vertx().getOrCreateContext()).onComplete(done -> {
      if (done.succeeded()) {
        send(rc, done.result().status(), done.result().body());
      } else {
        refuse(rc, done.cause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : done.cause());
      }
    });
  }

  private static void refuse(RoutingContext rc, Throwable error) {
    int status = switch (error) {
      case Unauthenticated u -> 401;
      case Forbidden f -> 403;
      case NotFound n -> 404;
      case IllegalArgumentException i -> 400;
      default -> 500;
    };
    send(rc, status, new JsonObject().put("error", status == 500 ? "internal error" : error.getMessage()));
  }

  private static void send(RoutingContext rc, int status, JsonObject body) {
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "private, no-store").end(body.encode());
  }

  private static Caller caller(RoutingContext rc) {
    return Objects.requireNonNullElse(rc.get(Authenticator.CALLER), Caller.ANONYMOUS);
  }

  private static String lang(RoutingContext rc) {
    return RequestContext.lang(rc.request().getHeader("Accept-Language"));
  }

  static JsonObject preview(ImportPreviewer.Preview preview, String lang) {
    return new JsonObject().put("id", preview.id()).put("fileName", preview.fileName())
        .put("format", preview.format()).put("expiresAt", preview.expiresAt().toString())
        .put("summary", summary(preview.summary(), lang));
  }

  static JsonObject summary(ImportSummary summary, String lang) {
    var rows = new JsonArray();
    summary.rows().forEach(r -> rows.add(new JsonObject().put("file", r.file()).put("where", r.where())
        .put("id", r.id()).put("outcome", r.outcome()).put("target", r.target()).put("targetName", r.targetName())));
    var problems = new JsonArray();
    summary.problems().forEach(p -> problems.add(problem(p, lang)));
    return new JsonObject().put("read", summary.read()).put("created", summary.created())
        .put("updated", summary.updated()).put("unchanged", summary.unchanged()).put("merged", summary.merged())
        .put("refused", summary.refused()).put("withWarnings", summary.withWarnings())
        .put("written", summary.written()).put("rows", rows).put("problems", problems);
  }

  private static JsonObject problem(Problem p, String lang) {
    var suggestions = new JsonArray();
    p.suggestions().forEach(s -> suggestions.add(new JsonObject().put("value", s.value()).put("code", s.code())
        .put("label", s.label().in(lang))));
    return new JsonObject().put("severity", p.severity().name()).put("kind", p.kind().name()).put("file", p.file())
        .put("where", p.where()).put("field", p.field()).put("value", p.value()).put("message", p.message().in(lang))
        .put("suggestions", suggestions);
  }
}
