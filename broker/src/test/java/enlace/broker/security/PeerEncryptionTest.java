package enlace.broker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class PeerEncryptionTest {

  @Test
  void onlyTheReceivingNodeOpensWhatWasEncryptedToIt() throws IOException {
    var centre = NodeKey.open(Files.createTempDirectory("centre"), "centre", Clock.systemUTC());
    var north = NodeKey.open(Files.createTempDirectory("north"), "north", Clock.systemUTC());
    var centreKey = PeerEncryption.encryptionKey(centre.publicKeys()).orElseThrow();
    var jwe = PeerEncryption.encrypt("{\"phone\":\"+52 55 0000 0000\"}", centreKey);
    assertFalse(jwe.contains("0000"));
    assertEquals("{\"phone\":\"+52 55 0000 0000\"}", centre.decrypt(jwe));
    assertThrows(InvalidToken.class, () -> north.decrypt(jwe));
  }

  @Test
  void aNodeKeepsItsKeysAcrossRestarts() throws IOException {
    var dir = Files.createTempDirectory("node");
    var first = NodeKey.open(dir, "south", Clock.systemUTC());
    var again = NodeKey.open(dir, "south", Clock.systemUTC());
    assertEquals(first.publicKeys().toString(), again.publicKeys().toString());
    assertEquals(2, again.publicKeys().getKeys().size(), "a signing key and an encryption key");
  }
}
