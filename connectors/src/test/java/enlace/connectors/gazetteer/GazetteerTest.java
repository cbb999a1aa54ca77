package enlace.connectors.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.municipality.Municipality;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.bundled();
  private final Map<String, Municipality> byCode = gazetteer.municipalities().stream()
      .collect(Collectors.toMap(m -> m.code().value(), Function.identity()));

  @Test
  void shouldHoldEveryMunicipalityOfMexico() {
    assertTrue(gazetteer.municipalities().size() >= 2470, "about 2,470 municipalities");
    assertEquals(32, gazetteer.states().size());
  }

  @Test
  void shouldUseInegiCodesNotGeoNamesStateCodes() {
    assertEquals("Tapachula", byCode.get("07089").name());
    assertEquals("Chiapas", byCode.get("07089").stateName());
    assertEquals("Juárez", byCode.get("08037").name());
    assertEquals("Chihuahua", byCode.get("08037").stateName());
    assertEquals("Saltillo", byCode.get("05030").name());
    assertEquals("Tijuana", byCode.get("02004").name());
    assertEquals("Monterrey", byCode.get("19039").name());
    assertEquals("Guadalajara", byCode.get("14039").name());
    assertEquals("Tenosique", byCode.get("27017").name());
    assertEquals("Cuauhtémoc", byCode.get("09015").name());
  }

  @Test
  void shouldPlaceTapachulaNearItsCentre() {
    var point = byCode.get("07089").point().orElseThrow();
    assertTrue(Math.abs(point.latitude() - 14.905) < 0.05 && Math.abs(point.longitude() + 92.26) < 0.05);
  }

  @Test
  void shouldCoverEveryStateWithTheDefaultRegions() {
    var covered = Regions.defaults().stream().flatMap(r -> r.stateCodes().stream()).toList();
    assertEquals(32, covered.size());
    assertEquals(gazetteer.states().keySet(), java.util.Set.copyOf(covered));
  }
}
