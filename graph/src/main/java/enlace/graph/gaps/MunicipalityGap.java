package enlace.graph.gaps;

import enlace.graph.geo.GeoPoint;
import java.util.List;

/**
 * One municipality's figures: population (null when unknown), whether a DAM serves inside it, the
 * employers and open vacancies there that accept a TVRH, and per asked category what it has and needs.
 */
public record MunicipalityGap(
    String code,
    String name,
    String stateCode,
    String stateName,
    GeoPoint centroid,
    Long population,
    boolean hasDam,
    int employersAcceptingTvrh,
    int vacanciesAcceptingTvrh,
    List<CategoryGap> categories) {

  public MunicipalityGap {
    categories = List.copyOf(categories);
  }
}
