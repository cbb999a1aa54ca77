package enlace.broker.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.security.Audience;
import enlace.broker.security.IssuerSettings;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "security" and "nodeId" parts of a node's config file. */
class ConfigFileSecurityTest {

  private static final Path BASE = Path.of("/etc/enlace");

  private static NodeConfig parse(String json) {
    return ConfigFile.parse(new JsonObject(json), BASE, Map.of());
  }

  @Test
  void trustsNobodyUnlessTheFileSaysSo() {
    var config = parse("{\"region\": \"south\"}");
    assertEquals(Optional.empty(), config.security().developmentIssuer());
    assertEquals(List.of(), config.security().issuers());
    assertEquals(new Audience("urn:enlace:node:south"), config.audience());
  }

  @Test
  void keepsTheDevelopmentIssuerKeyInTheDataDirectory() {
    var config = parse("""
        {"nodeId": "south-1", "neo4j": {"dataDir": "data/south"}, "security": {"developmentIssuer": true}}""");
    assertEquals(Optional.of(BASE.resolve("data/south")), config.security().developmentIssuer());
    assertEquals(new Audience("urn:enlace:node:south-1"), config.audience());
  }

  @Test
  void readsIssuersWithTheirDefaults() {
    var config = parse("""
        {"security": {"issuers": [
          {"issuer": "https://idp.example.org/realms/enlace",
           "discoveryUrl": "https://idp.example.org/realms/enlace/.well-known/openid-configuration"},
          {"issuer": "https://login.example.com/", "jwksUri": "https://login.example.com/keys",
           "acceptedTypes": ["JWT"], "organizationClaim": "org_id", "regionClaim": "region",
           "jwksCacheSeconds": 600}]}}""");
    var keycloak = config.security().issuers().get(0);
    assertEquals(List.of("at+jwt"), keycloak.acceptedTypes());
    assertEquals(IssuerSettings.ORGANIZATION_CLAIM, keycloak.organizationClaim());
    assertEquals(Optional.of(URI.create("https://idp.example.org/realms/enlace/.well-known/openid-configuration")),
        keycloak.discoveryUrl());
    var other = config.security().issuers().get(1);
    assertEquals(List.of("JWT"), other.acceptedTypes());
    assertEquals("org_id", other.organizationClaim());
    assertEquals(Duration.ofMinutes(10), other.jwksCacheTtl());
  }

  @Test
  void namesTheIssuerThatIsWronglyConfigured() {
    var both = assertThrows(IllegalArgumentException.class, () -> parse("""
        {"security": {"issuers": [{"issuer": "https://a.example", "jwksUri": "https://a.example/keys",
          "discoveryUrl": "https://a.example/.well-known/openid-configuration"}]}}"""));
    assertTrue(both.getMessage().startsWith("security.issuers[0]: issuer https://a.example"), both.getMessage());
    var plainHttp = assertThrows(IllegalArgumentException.class, () -> parse("""
        {"security": {"issuers": [{"issuer": "https://a.example", "jwksUri": "http://a.example/keys"}]}}"""));
    assertTrue(plainHttp.getMessage().contains("must be an https URL"), plainHttp.getMessage());
    var twice = assertThrows(IllegalArgumentException.class, () -> parse("""
        {"security": {"issuers": [{"issuer": "https://a.example", "jwksUri": "https://a.example/keys"},
          {"issuer": "https://a.example", "jwksUri": "https://a.example/keys"}]}}"""));
    assertTrue(twice.getMessage().contains("configured twice"), twice.getMessage());
  }

  @Test
  void letsTheEnvironmentNameTheNode() {
    var config = ConfigFile.parse(new JsonObject("{\"region\": \"north\"}"), BASE, Map.of("ENLACE_NODE_ID", "north-2"));
    assertEquals(new Audience("urn:enlace:node:north-2"), config.audience());
  }
}
