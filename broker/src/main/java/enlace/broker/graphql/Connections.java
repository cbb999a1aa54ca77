package enlace.broker.graphql;

import enlace.broker.directory.ConfidentialPlaces;
import enlace.broker.directory.Cursors;
import enlace.graph.municipality.Municipality;
import enlace.graph.municipality.MunicipalityPage;
import enlace.graph.service.SearchCursor;
import enlace.graph.service.SearchPage;
import enlace.graph.service.Service;
import java.util.List;

/** Relay connections as the schema shapes them. */
final class Connections {

  private Connections() {}

  record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    static PageInfo of(List<String> cursors, boolean hasNext, boolean hasPrevious) {
      return new PageInfo(hasNext, hasPrevious, cursors.isEmpty() ? null : cursors.getFirst(),
          cursors.isEmpty() ? null : cursors.getLast());
    }
  }

  /** The cursor is encoded only when asked for: most searches never page. */
  record ServiceEdge(SearchCursor position, double distanceKm, LocationView location, Service node) {
    public String cursor() {
      return Cursors.encode(position);
    }
  }

  record ServiceConnection(List<ServiceEdge> edges, PageInfo pageInfo) {}

  record MunicipalityEdge(String cursor, Municipality node) {}

  record MunicipalityConnection(List<MunicipalityEdge> edges, PageInfo pageInfo, long totalCount) {}

  /**
   * Confidential places are ranked, for everyone, by their approximate point, so the distance and the
   * order never reveal the exact one; callers who may not see it get the approximate point too.
   */
  static ServiceConnection services(SearchPage page, boolean hasPrevious) {
    var edges = page.hits().stream().map(hit -> new ServiceEdge(hit.cursor(), hit.distanceKm(),
        LocationView.local(hit.location(), ConfidentialPlaces.isConfidential(hit.service(), hit.location())),
        hit.service()))
        .toList();
    var ends = edges.isEmpty() ? List.<String>of() : List.of(edges.getFirst().cursor(), edges.getLast().cursor());
    return new ServiceConnection(edges, PageInfo.of(ends, page.hasMore(), hasPrevious));
  }

  static MunicipalityConnection municipalities(MunicipalityPage page, boolean hasPrevious) {
    var edges = page.items().stream()
        .map(m -> new MunicipalityEdge(Cursors.encode(m.code()), m))
        .toList();
    return new MunicipalityConnection(edges,
        PageInfo.of(edges.stream().map(MunicipalityEdge::cursor).toList(), page.hasMore(), hasPrevious), page.total());
  }
}
