package enlace.broker.imports;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import java.util.function.Supplier;

/** {@code GET /templates/plantilla-servicios.xlsx}: the workbook an office fills in, made from this node's vocabulary. */
public final class TemplateRoutes {

  public static final String PATH = "/templates/plantilla-servicios.xlsx";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private TemplateRoutes() {}

  /** {@code workbook} gives null until the node has made it (at start, off the event loop). */
  public static void mount(Router router, Supplier<Buffer> workbook) {
    router.get(PATH).handler(rc -> {
      var bytes = workbook.get();
      if (bytes == null) {
        rc.response().setStatusCode(503).putHeader("Retry-After", "5").end();
        return;
      }
      rc.response().putHeader("Content-Type", XLSX)
          .putHeader("Content-Disposition", "attachment; filename=\"plantilla-servicios.xlsx\"")
          .putHeader("Cache-Control", "public, max-age=3600").end(bytes);
    });
  }
}
