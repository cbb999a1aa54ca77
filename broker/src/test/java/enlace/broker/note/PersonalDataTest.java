package enlace.broker.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.note.PersonalData.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "llamar a Rosa al 962 555 0101 por la tarde|PHONE",
      "su número es +52 (962) 555-01-01|PHONE",
      "whatsapp 9621234567|PHONE",
      "escribir a rosa.perez@example.org|EMAIL",
      "la CURP de la señora es PEGJ850101MCSRRN09|CURP",
      "curp pegj850101mcsrrn09 en minúsculas|CURP",
      "pasaporte núm. 123456789 de Honduras|PASSPORT",
      "Passport: C01234567|PASSPORT",
      "trae el G12345678 guatemalteco|PASSPORT"})
  void findsAPersonsData(String text, Kind kind) {
    var found = PersonalData.find(text);
    assertEquals(List.of(kind), found.stream().map(PersonalData.Finding::kind).toList(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "desde octubre la sucursal pide CURP temporal además de la TVRH para abrir cuenta",
      "la oficina del INM atiende TVRH solo martes y jueves de 09:00-13:00",
      "desde el 2026-10-01 cobran MXN 12,500 mensuales; CP 30700",
      "cambió de horario el 15/11/2026, abre 8.30-14.30",
      "tiene 120 camas y 35 lugares para familias, 2 de cada 3 días lleno"})
  void leavesWhatIsAboutTheServiceAlone(String text) {
    assertEquals(List.of(), PersonalData.find(text), text);
  }

  @org.junit.jupiter.api.Test
  void explainsInSpanishThenEnglishWithoutRepeatingTheWholeValue() {
    var message = PersonalData.explain(PersonalData.find("llamar al 962 555 0101 o a rosa@example.org"));
    assertTrue(message.startsWith("parece contener datos de una persona: un número de teléfono («962 55"), message);
    assertTrue(message.contains(" / it seems to contain a person's data: a phone number ('962 55"), message);
    assertTrue(message.contains("an e-mail address") && !message.contains("0101") && !message.contains("example.org"),
        message);
  }
}
