package enlace.connectors.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {

  private static final Places PLACES = new Places(Gazetteer.bundled());

  @ParameterizedTest(name = "{0}, {1} is {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Ciudad Juárez      | Chihuahua            | 08037
      Cd. Juarez         | Chih.                | 08037
      CIUDAD JUAREZ      | chihuahua            | 08037
      Ciudad Obregón     | Sonora               | 26018
      Playa del Carmen   | QRoo                 | 23008
      Playa del Carmen   | Quintana Roo         | 23008
      Ciudad del Carmen  | Camp.                | 04003
      Saltillo           | Coahuila de Zaragoza | 05030
      Saltillo           | Coah.                | 05030
      Monterrey          | NL                   | 19039
      Nogales            | Son.                 | 26043
      Tapachula          | Chiapas              | 07089
      Tijuana            | BC                   | 02004
      """)
  void shouldFindAMunicipalityByItsNameOrATownInItWithinAStateAsWritten(String name, String state, String code) {
    var match = assertInstanceOf(Places.Match.Found.class, PLACES.find(name, state, null));
    assertEquals(code, match.municipality().code().value());
  }

  @Test
  void shouldPlaceARowAtTheTownItNamesNotAtTheMunicipalSeat() {
    var obregon = assertInstanceOf(Places.Match.Found.class, PLACES.find("Ciudad Obregón", "Son.", null));
    assertEquals(Places.How.LOCALITY, obregon.how());
    var point = obregon.point().orElseThrow();
    assertEquals(27.486, point.latitude(), 0.01);
    assertEquals(-109.941, point.longitude(), 0.01);
  }

  @Test
  void shouldReadTheStateAfterACommaInTheNameItself() {
    var match = assertInstanceOf(Places.Match.Found.class, PLACES.find("Cd. Juárez, Chih.", null, null));
    assertEquals("08037", match.municipality().code().value());
  }

  @Test
  void shouldListTheAlcaldiasWhenMexicoCityComesAlone() {
    var match = assertInstanceOf(Places.Match.Ambiguous.class, PLACES.find("Ciudad de México", "CDMX", null));
    assertEquals(16, match.candidates().size(), match.toString());
    assertTrue(match.candidates().stream().allMatch(c -> c.municipality().code().value().startsWith("09")));
  }

  @Test
  void shouldListTheNamesakesOfANameWithoutStateAndLetAPointDecide() {
    var juarez = assertInstanceOf(Places.Match.Ambiguous.class, PLACES.find("Juárez", null, null));
    assertTrue(juarez.candidates().size() >= 4, juarez.toString());
    assertEquals("08037", juarez.candidates().getFirst().municipality().code().value(), "most populous first");

    var near = assertInstanceOf(Places.Match.Found.class, PLACES.find("Juárez", null, new GeoPoint(25.65, -100.09)));
    assertEquals("19031", near.municipality().code().value());
  }

  @Test
  void shouldKnowStatesByLongNameShortNameAndAbbreviation() {
    for (var written : new String[] {"Estado de México", "Edomex", "Méx.", "México"}) {
      assertEquals("15", PLACES.state(written).orElseThrow(() -> new AssertionError(written)), written);
    }
    for (var written : new String[] {"Ciudad de México", "CDMX", "D.F."}) {
      assertEquals("09", PLACES.state(written).orElseThrow(() -> new AssertionError(written)), written);
    }
    assertEquals("22", PLACES.state("Qro.").orElseThrow());
    assertEquals("23", PLACES.state("Q. Roo").orElseThrow());
  }

  @Test
  void shouldNotInventAPlaceItDoesNotKnow() {
    var match = assertInstanceOf(Places.Match.NotFound.class, PLACES.find("Springfield", "Chihuahua", null));
    assertEquals("Springfield", match.written());
    assertInstanceOf(Places.Match.NotFound.class, PLACES.find("MyCity", "MyState", null));
  }
}
