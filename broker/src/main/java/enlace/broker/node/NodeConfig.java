package enlace.broker.node;

import enlace.broker.directory.DirectoryLimits;
import enlace.broker.graphql.DirectoryApi;
import enlace.broker.http.HttpApi;
import enlace.graph.GraphSettings;
import enlace.graph.municipality.Region;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Everything a node needs to start: whom it serves, where it listens, where its graph lives. */
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
    List<Path> vocabularies) {

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
  }

  public Region ownRegion() {
    return regions.stream().filter(r -> r.id().equals(region)).findFirst().orElseThrow();
  }

  public NodeConfig withPort(int value) {
    return new NodeConfig(region, regions, host, value, graph, http, api, directory, demoData, vocabularies);
  }

  public NodeConfig withGraph(GraphSettings value) {
    return new NodeConfig(region, regions, host, port, value, http, api, directory, demoData, vocabularies);
  }

  public NodeConfig withVocabularies(List<Path> value) {
    return new NodeConfig(region, regions, host, port, graph, http, api, directory, demoData, value);
  }

  public NodeConfig withDemoData(boolean value) {
    return new NodeConfig(region, regions, host, port, graph, http, api, directory, value, vocabularies);
  }
}
