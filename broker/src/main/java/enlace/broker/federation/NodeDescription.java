package enlace.broker.federation;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.TreeSet;

/**
 * {@code GET /.well-known/enlace-node}: who this node is, for peers and people: its id, region and
 * states, the ontology version it speaks (categories cross the wire as the shared IRIs of that
 * version), the API version with where its SDL is and that SDL's SHA-256, and where its public keys are.
 */
public record NodeDescription(String id, String region, Collection<String> states, String ontologyVersion,
    String publicUrl, String schemaSha256) {

  public static final String PATH = "/.well-known/enlace-node";
  /** The GraphQL API's version, as broker/api/CHANGELOG.md lists them: major.minor, additions raise the minor. */
  public static final String API_VERSION = "1.1";

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id)
        .put("region", region)
        .put("states", new JsonArray(new TreeSet<>(states).stream().toList()))
        .put("ontologyVersion", ontologyVersion)
        .put("apiVersion", API_VERSION)
        .put("schema", new JsonObject().put("url", publicUrl + "/graphql/schema.graphql").put("sha256", schemaSha256))
        .put("publicUrl", publicUrl)
        .put("jwksUri", publicUrl + "/.well-known/jwks.json");
  }

  /** True when the two ontology versions share their major number (x in x.y.z). */
  public static boolean compatible(String ours, String theirs) {
    return theirs != null && major(ours).equals(major(theirs));
  }

  private static String major(String version) {
    return version.split("\\.", 2)[0];
  }
}
