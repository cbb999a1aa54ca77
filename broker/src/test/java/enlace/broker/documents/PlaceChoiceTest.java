package enlace.broker.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.connectors.gazetteer.Gazetteer;
import enlace.graph.municipality.Municipality;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceChoiceTest {

  private static final List<Municipality> MEXICO = Gazetteer.bundled().municipalities();

  @Test
  void findsAMunicipalityByItsNameWithoutAccentsOrByItsCode() {
    var byName = assertInstanceOf(PlaceChoice.Found.class, PlaceChoice.resolve("  tapachula ", MEXICO));
    assertEquals("07089", byName.municipality().code().value());
    var byCode = assertInstanceOf(PlaceChoice.Found.class, PlaceChoice.resolve("02004", MEXICO));
    assertEquals("Tijuana", byCode.municipality().name());
  }

  @Test
  void asksWhichOneWhenSeveralStatesHaveTheName() {
    var choose = assertInstanceOf(PlaceChoice.Choose.class, PlaceChoice.resolve("Juarez", MEXICO));
    assertTrue(choose.exact());
    assertTrue(choose.candidates().size() > 1, "several Juárez: " + choose.candidates());
    assertTrue(choose.candidates().stream().anyMatch(m -> m.code().value().equals("08037")), "Juárez, Chihuahua");
  }

  @Test
  void suggestsWhatComesCloseToATypo() {
    var choose = assertInstanceOf(PlaceChoice.Choose.class, PlaceChoice.resolve("Tapachla", MEXICO));
    assertTrue(!choose.exact() && choose.candidates().stream().anyMatch(m -> m.name().equals("Tapachula")),
        "¿quiso decir Tapachula?: " + choose.candidates());
  }
}
