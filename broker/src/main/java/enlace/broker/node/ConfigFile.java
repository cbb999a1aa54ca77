package enlace.broker.node;

import enlace.broker.directory.DirectoryLimits;
import enlace.broker.federation.FederationConfig;
import enlace.broker.graphql.DirectoryApi;
import enlace.broker.http.HttpApi;
import enlace.broker.referral.ReferralSettings;
import enlace.broker.security.IssuerSettings;
import enlace.broker.security.SecuritySettings;
import enlace.connectors.gazetteer.Regions;
import enlace.graph.GraphSettings;
import enlace.graph.StorePassword;
import enlace.graph.municipality.Region;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a node's JSON configuration, then lets ENLACE_* environment variables override it; every
 * mistake is reported with the name of the field.
 */
public final class ConfigFile {

  private ConfigFile() {}

  public static NodeConfig read(Path file, Map<String, String> env) {
    JsonObject json;
    try {
      json = new JsonObject(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the config file " + file + ": " + e.getMessage());
    } catch (DecodeException e) {
      throw new IllegalArgumentException("the config file " + file + " is not valid JSON: " + e.getMessage());
    }
    return parse(json, file.toAbsolutePath().getParent(), env);
  }

  static NodeConfig parse(JsonObject json, Path base, Map<String, String> env) {
    var http = object(json, "http");
    var neo4j = object(json, "neo4j");
    var directory = object(json, "directory");
    var region = env.getOrDefault("ENLACE_REGION", string(json, "region", "mx"));
    var regions = regions(json);
    var host = env.getOrDefault("ENLACE_HTTP_HOST", string(http, "host", "127.0.0.1"));
    int port = env.containsKey("ENLACE_HTTP_PORT")
        ? integer(env.get("ENLACE_HTTP_PORT"), "ENLACE_HTTP_PORT") : http.getInteger("port", 8080);
    var httpSettings = new HttpApi.Settings(http.getLong("bodyLimitBytes", HttpApi.Settings.DEFAULTS.bodyLimitBytes()),
        Duration.ofMillis(http.getLong("requestTimeoutMs", 10_000L)), http.getBoolean("graphiql", false),
        http.getInteger("ratePerSecond", HttpApi.Settings.DEFAULTS.ratePerSecond()),
        http.getInteger("rateBurst", HttpApi.Settings.DEFAULTS.rateBurst()),
        http.getInteger("failedAuthenticationsPerMinute", HttpApi.Settings.DEFAULTS.failedAuthenticationsPerMinute()),
        http.getInteger("socketsPerClient", HttpApi.Settings.DEFAULTS.socketsPerClient()),
        Duration.ofSeconds(http.getLong("publicMaxAgeSeconds", HttpApi.PUBLIC_MAX_AGE.toSeconds())),
        strings(http, "trustedDocumentsOnly"),
        Optional.ofNullable(env.getOrDefault("ENLACE_METRICS_TOKEN", http.getString("metricsToken")))
            .filter(t -> !t.isBlank()));
    var api = new DirectoryApi.Settings(http.getInteger("maxDepth", 12), http.getInteger("maxComplexity", 2_000),
        http.getInteger("maxAliases", 30), http.getBoolean("introspection", false));
    var limits = new DirectoryLimits(directory.getInteger("maxPageSize", 100),
        directory.getDouble("maxRadiusKm", 250.0), Duration.ofHours(directory.getLong("capacityFreshnessHours", 48L)));
    var nodeId = env.getOrDefault("ENLACE_NODE_ID", string(json, "nodeId", region));
    return new NodeConfig(region, regions, host, port, graph(neo4j, base, env), httpSettings, api, limits,
        json.getBoolean("demoData", false), vocabularies(json, base), nodeId,
        security(object(json, "security"), dataDir(neo4j, base, env)))
        .withReferrals(ReferralSettings.fromJson(object(json, "referrals")))
        .withFederation(FederationConfig.parse(object(json, "federation"), dataDir(neo4j, base, env), env));
  }

  /** Off unless the file turns the development issuer on; production names its identity providers. */
  private static SecuritySettings security(JsonObject security, Path dataDir) {
    var issuers = new ArrayList<IssuerSettings>();
    var list = security.getValue("issuers", new JsonArray());
    if (!(list instanceof JsonArray array)) {
      throw new IllegalArgumentException("security.issuers must be a list of {issuer, jwksUri | discoveryUrl, ...}");
    }
    for (int i = 0; i < array.size(); i++) {
      try {
        issuers.add(issuer(array.getJsonObject(i)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("security.issuers[" + i + "]: " + e.getMessage());
      }
    }
    var development = security.getBoolean("developmentIssuer", false);
    return new SecuritySettings(development ? Optional.of(dataDir) : Optional.empty(), issuers);
  }

  /** A list of strings under {@code key}, empty when absent. */
  private static Set<String> strings(JsonObject json, String key) {
    var list = json.getValue(key, new JsonArray());
    if (!(list instanceof JsonArray array) || !array.stream().allMatch(String.class::isInstance)) {
      throw new IllegalArgumentException(key + " must be a list of strings, e.g. [\"partner-app\"]");
    }
    return array.stream().map(String.class::cast).collect(Collectors.toSet());
  }

  private static IssuerSettings issuer(JsonObject json) {
    var types = json.getJsonArray("acceptedTypes", new JsonArray(IssuerSettings.ACCESS_TOKEN_TYPES));
    if (!types.stream().allMatch(String.class::isInstance)) {
      throw new IllegalArgumentException("acceptedTypes must be a list of typ values such as \"at+jwt\"");
    }
    return new IssuerSettings(string(json, "issuer", null),
        Optional.ofNullable(json.getString("jwksUri")).map(URI::create),
        Optional.ofNullable(json.getString("discoveryUrl")).map(URI::create),
        types.stream().map(String.class::cast).toList(),
        string(json, "organizationClaim", IssuerSettings.ORGANIZATION_CLAIM),
        string(json, "regionClaim", IssuerSettings.REGION_CLAIM),
        Duration.ofSeconds(json.getLong("jwksCacheSeconds", IssuerSettings.JWKS_CACHE_TTL.toSeconds())));
  }

  private static GraphSettings graph(JsonObject neo4j, Path base, Map<String, String> env) {
    var uri = Optional.ofNullable(env.getOrDefault("ENLACE_NEO4J_URI", neo4j.getString("uri")))
        .filter(s -> !s.isBlank());
    var queryTimeout = Duration.ofMillis(neo4j.getLong("queryTimeoutMs", 5_000L));
    var database = env.getOrDefault("ENLACE_NEO4J_DATABASE", neo4j.getString("database", "neo4j"));
    if (uri.isPresent()) {
      return GraphSettings.external(URI.create(uri.get()),
              env.getOrDefault("ENLACE_NEO4J_USER", neo4j.getString("user", StorePassword.USER)),
              neo4jPassword(neo4j, base, env))
          .withQueryTimeout(queryTimeout).withDatabase(database);
    }
    return GraphSettings.embedded(dataDir(neo4j, base, env))
        .withPageCacheBytes(neo4j.getLong("pageCacheMb", 64L) << 20)
        .withQueryTimeout(queryTimeout);
  }

  /**
   * The external store's password: {@code ENLACE_NEO4J_PASSWORD}, else the file {@code
   * ENLACE_NEO4J_PASSWORD_FILE} names, else {@code neo4j.password}, else the file {@code neo4j.passwordFile}
   * names (such as another node's {@code <dataDir>/neo4j-auth/password}); none when nothing is set.
   */
  public static String neo4jPassword(JsonObject neo4j, Path base, Map<String, String> env) {
    if (env.get("ENLACE_NEO4J_PASSWORD") != null) {
      return env.get("ENLACE_NEO4J_PASSWORD");
    }
    if (env.get("ENLACE_NEO4J_PASSWORD_FILE") != null) {
      return StorePassword.readFile(Path.of(env.get("ENLACE_NEO4J_PASSWORD_FILE")));
    }
    if (neo4j.getString("password") != null) {
      return neo4j.getString("password");
    }
    var file = neo4j.getString("passwordFile");
    if (file == null) {
      return null;
    }
    return StorePassword.readFile(base == null ? Path.of(file) : base.resolve(file).normalize());
  }

  private static Path dataDir(JsonObject neo4j, Path base, Map<String, String> env) {
    var dataDir = Path.of(env.getOrDefault("ENLACE_DATA_DIR", neo4j.getString("dataDir", "data")));
    return base == null ? dataDir : base.resolve(dataDir).normalize();
  }

  private static List<Region> regions(JsonObject json) {
    var list = json.getValue("regions");
    if (list == null) {
      var defaults = new ArrayList<>(Regions.defaults());
      defaults.add(Regions.ALL);
      return defaults;
    }
    if (!(list instanceof JsonArray array)) {
      throw new IllegalArgumentException("regions must be a list of {id, name, states}");
    }
    var out = new ArrayList<Region>();
    for (int i = 0; i < array.size(); i++) {
      var r = array.getJsonObject(i);
      try {
        out.add(new Region(r.getString("id"), r.getString("name", r.getString("id")),
            r.getJsonArray("states", new JsonArray()).getList()));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("regions[" + i + "]: " + e.getMessage());
      }
    }
    return out;
  }

  /** A region's own Turtle files of local terms mapped onto the shared ontology. */
  private static List<Path> vocabularies(JsonObject json, Path base) {
    var list = json.getValue("vocabularies");
    if (list == null) {
      return List.of();
    }
    if (!(list instanceof JsonArray array) || !array.stream().allMatch(String.class::isInstance)) {
      throw new IllegalArgumentException("vocabularies must be a list of Turtle file paths");
    }
    return array.stream().map(String.class::cast)
        .map(p -> base == null ? Path.of(p) : base.resolve(p)).toList();
  }

  private static JsonObject object(JsonObject json, String field) {
    var value = json.getValue(field);
    if (value != null && !(value instanceof JsonObject)) {
      throw new IllegalArgumentException(field + " must be a JSON object");
    }
    return value == null ? new JsonObject() : (JsonObject) value;
  }

  private static String string(JsonObject json, String field, String fallback) {
    var value = json.getValue(field, fallback);
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return s;
  }

  private static int integer(String value, String name) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, got " + value);
    }
  }
}
