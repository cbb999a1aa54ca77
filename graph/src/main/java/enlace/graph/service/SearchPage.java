package enlace.graph.service;

import java.util.List;

public record SearchPage(List<ServiceHit> hits, boolean hasMore) {

  public SearchPage {
    hits = List.copyOf(hits);
  }
}
