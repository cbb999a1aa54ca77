package enlace.connectors.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhonesTest {

  private static String e164(String text) {
    return Phones.read(text).first().orElse("unreadable");
  }

  @Test
  void readsTheUsualSpellingsOfAMexicanNumber() {
    for (var written : List.of("962 625 1234", "(962) 625 1234", "962-625-12-34", "9626251234", "962.625.1234",
        "+52 962 625 1234", "+52 1 962 625 1234", "52 962 625 1234", "Tel. 962 625 1234", "044 962 625 1234",
        "01 962 625 1234")) {
      assertEquals("+529626251234", e164(written), written);
    }
  }

  @Test
  void readsMexicoCityAndTollFreeNumbers() {
    assertEquals("+525512345678", e164("55 1234 5678"));
    assertEquals("+528001234567", e164("01 800 123 4567"));
  }

  @Test
  void readsEveryNumberOfACell() {
    assertEquals(List.of("+529626251234", "+529621112233"), Phones.read("962 625 1234 / 962 111 22 33").numbers());
  }

  @Test
  void keepsAForeignNumberWrittenWithItsCode() {
    assertEquals("+50222345678", e164("+502 2234 5678"));
  }

  @Test
  void saysWhenNoNumberCanBeRead() {
    assertTrue(Phones.read("sin teléfono").unreadable());
    assertTrue(Phones.read("625 12").unreadable());
    assertTrue(Phones.read("\"+44 1234 234567\"").numbers().stream().noneMatch(n -> n.startsWith("+52")));
  }
}
