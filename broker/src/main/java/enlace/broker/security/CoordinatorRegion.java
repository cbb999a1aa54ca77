package enlace.broker.security;

import enlace.graph.municipality.Region;
import java.util.List;

/** The region a coordinator may look at: its own, named in its token, and one the node knows. */
public final class CoordinatorRegion {

  private CoordinatorRegion() {}

  /** The coordinator's own region when {@code asked} is null; another region is refused. */
  public static Region of(Caller caller, String asked, List<Region> regions) {
    caller.require(Scope.COORDINATOR);
    var own = caller.region().orElseThrow(() -> new Forbidden("a coordinator token must name its region"));
    var wanted = asked == null ? own : asked;
    if (!wanted.equals(own)) {
      throw new Forbidden("a coordinator sees the counts of its own region " + own);
    }
    return regions.stream().filter(r -> r.id().equals(wanted)).findFirst()
        .orElseThrow(() -> new Forbidden("the coordinator's region " + wanted + " is not one this node knows"));
  }
}
