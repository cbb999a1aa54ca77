package enlace.broker.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The node's own web pages and what they load, shipped in the jar under {@code enlace/broker/web}: every
 * page in a folder of its own, shared assets (state outlines, styles, the i18n helper) in {@code common}.
 * Nothing comes from a CDN.
 */
public final class WebAssets {

  public static final String ROOT = "/web";

  private WebAssets() {}

  /** Serves the asset tree at {@code /web/*}; call once per router. */
  public static void mount(Router router) {
    router.route(ROOT + "/*").handler(StaticHandler.create("enlace/broker/web").setMaxAgeSeconds(300)
        .setDefaultContentEncoding("UTF-8"));
  }

  /** Serves {@code /web/<folder>/index.html} at {@code path} (e.g. {@code /coordinator}). */
  public static void page(Router router, String path, String folder) {
    router.get(path).handler(rc -> rc.reroute(ROOT + "/" + folder + "/index.html"));
    router.get(path + "/").handler(rc -> rc.redirect(path));
  }
}
