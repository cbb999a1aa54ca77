package enlace.broker.node;

import enlace.broker.directory.DirectoryLimits;
import enlace.broker.federation.FederationSettings;
import enlace.broker.graphql.DirectoryApi;
import enlace.broker.http.HttpApi;
import enlace.broker.referral.ReferralSettings;
import enlace.broker.security.Audience;
import enlace.broker.security.SecuritySettings;
import enlace.graph.GraphSettings;
import enlace.graph.municipality.Region;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a node needs to start: whom it serves, where it listens, where its graph lives, and whose
 * access tokens it accepts. {@code nodeId} (the region when null) names the node in the audience
 * tokens must carry.
 */
public record NodeConfig(
    String region,
    List<Region> regions,
    String host,
    int port,
    GraphSettings graph,
    HttpApi.Settings http,
    DirectoryApi.Settings api,
    DirectoryLimits directory,
    boolean demoData,
    List<Path> vocabularies,
    String nodeId,
    SecuritySettings security,
    ReferralSettings referrals,
    FederationSettings federation) {

  /** A node with the default referral settings. */
  public NodeConfig(String region, List<Region> regions, String host, int port, GraphSettings graph,
      HttpApi.Settings http, DirectoryApi.Settings api, DirectoryLimits directory, boolean demoData,
      List<Path> vocabularies, String nodeId, SecuritySettings security) {
    this(region, regions, host, port, graph, http, api, directory, demoData, vocabularies, nodeId, security,
        ReferralSettings.DEFAULTS, FederationSettings.NONE);
  }

  /** A node with these referral settings that federates with nobody. */
  public NodeConfig(String region, List<Region> regions, String host, int port, GraphSettings graph,
      HttpApi.Settings http, DirectoryApi.Settings api, DirectoryLimits directory, boolean demoData,
      List<Path> vocabularies, String nodeId, SecuritySettings security, ReferralSettings referrals) {
    this(region, regions, host, port, graph, http, api, directory, demoData, vocabularies, nodeId, security,
        referrals, FederationSettings.NONE);
  }

  public NodeConfig {
    Objects.requireNonNull(region, "region");
    regions = List.copyOf(regions);
    if (regions.stream().noneMatch(r -> r.id().equals(region))) {
      throw new IllegalArgumentException("region '" + region + "' is not among the configured regions "
          + regions.stream().map(Region::id).toList());
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("http.port must be within 0-65535, got " + port);
    }
    Objects.requireNonNull(graph, "graph");
    vocabularies = List.copyOf(vocabularies);
    nodeId = nodeId == null ? region : nodeId;
    Audience.ofNode(nodeId);
    Objects.requireNonNull(security, "security");
    referrals = referrals == null ? ReferralSettings.DEFAULTS : referrals;
    federation = federation == null ? FederationSettings.NONE : federation;
  }

  /** The {@code aud} an access token must name: {@code urn:enlace:node:<nodeId>}. */
  public Audience audience() {
    return Audience.ofNode(nodeId);
  }

  public Region ownRegion() {
    return regions.stream().filter(r -> r.id().equals(region)).findFirst().orElseThrow();
  }

  public NodeConfig withHttp(HttpApi.Settings value) {
    return new NodeConfig(region, regions, host, port, graph, value, api, directory, demoData, vocabularies, nodeId,
        security, referrals, federation);
  }

  public NodeConfig withApi(DirectoryApi.Settings value) {
    return new NodeConfig(region, regions, host, port, graph, http, value, directory, demoData, vocabularies, nodeId,
        security, referrals, federation);
  }

  public NodeConfig withPort(int value) {
    return new NodeConfig(region, regions, host, value, graph, http, api, directory, demoData, vocabularies, nodeId,
        security, referrals, federation);
  }

  public NodeConfig withGraph(GraphSettings value) {
    return new NodeConfig(region, regions, host, port, value, http, api, directory, demoData, vocabularies, nodeId,
        security, referrals, federation);
  }

  public NodeConfig withVocabularies(List<Path> value) {
    return new NodeConfig(region, regions, host, port, graph, http, api, directory, demoData, value, nodeId, security,
        referrals, federation);
  }

  public NodeConfig withDemoData(boolean value) {
    return new NodeConfig(region, regions, host, port, graph, http, api, directory, value, vocabularies, nodeId,
        security, referrals, federation);
  }

  public NodeConfig withNodeId(String value) {
    return new NodeConfig(region, regions, host, port, graph, http, api, directory, demoData, vocabularies, value,
        security, referrals, federation);
  }

  public NodeConfig withSecurity(SecuritySettings value) {
    return new NodeConfig(region, regions, host, port, graph, http, api, directory, demoData, vocabularies, nodeId,
        value, referrals, federation);
  }

  public NodeConfig withReferrals(ReferralSettings value) {
    return new NodeConfig(region, regions, host, port, graph, http, api, directory, demoData, vocabularies, nodeId,
        security, value, federation);
  }

  public NodeConfig withFederation(FederationSettings value) {
    return new NodeConfig(region, regions, host, port, graph, http, api, directory, demoData, vocabularies, nodeId,
        security, referrals, value);
  }
}
