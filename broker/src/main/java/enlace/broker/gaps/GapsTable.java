package enlace.broker.gaps;

import enlace.graph.gaps.CategoryGap;
import enlace.graph.gaps.Gaps;
import enlace.graph.gaps.MunicipalityGap;
import java.util.ArrayList;
import java.util.List;

/**
 * The gaps as one flat row per municipality, with the same columns in the CSV and in the GeoJSON
 * properties: the municipality's figures, then seven per category asked, prefixed by its local name.
 */
final class GapsTable {

  static final List<String> MUNICIPALITY_COLUMNS = List.of("code", "name", "state_code", "state_name", "latitude",
      "longitude", "population", "has_dam", "employers_accepting_tvrh", "vacancies_accepting_tvrh");
  static final List<String> CATEGORY_COLUMNS = List.of("services", "nearest_km", "capacity_total",
      "capacity_available", "referrals", "rejected_share", "median_hours_to_acceptance");

  private GapsTable() {}

  /** The short name of a category in column names: {@code shelter} for {@code …/ns#shelter}. */
  static String prefix(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return iri.substring(cut + 1).replace('-', '_');
  }

  static List<String> columns(Gaps gaps) {
    var out = new ArrayList<>(MUNICIPALITY_COLUMNS);
    for (var category : gaps.categories()) {
      CATEGORY_COLUMNS.forEach(c -> out.add(prefix(category) + "_" + c));
    }
    return out;
  }

  /** The values of {@link #columns}, null where a figure is unknown. */
  static List<Object> row(MunicipalityGap m) {
    var out = new ArrayList<Object>();
    out.add(m.code());
    out.add(m.name());
    out.add(m.stateCode());
    out.add(m.stateName());
    out.add(m.centroid() == null ? null : m.centroid().latitude());
    out.add(m.centroid() == null ? null : m.centroid().longitude());
    out.add(m.population());
    out.add(m.hasDam());
    out.add(m.employersAcceptingTvrh());
    out.add(m.vacanciesAcceptingTvrh());
    for (CategoryGap c : m.categories()) {
      out.add(c.services());
      out.add(c.nearestKm());
      out.add(c.capacityTotal());
      out.add(c.capacityAvailable());
      out.add(c.demand().referrals());
      out.add(c.demand().rejectedShare());
      out.add(c.demand().medianHoursToAcceptance());
    }
    return out;
  }
}
