package enlace.graph.municipality;

import java.util.List;

public record MunicipalityPage(List<Municipality> items, boolean hasMore, long total) {

  public MunicipalityPage {
    items = List.copyOf(items);
  }
}
