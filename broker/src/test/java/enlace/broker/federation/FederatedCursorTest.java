package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.directory.Cursors;
import enlace.broker.directory.InvalidArgument;
import enlace.graph.service.SearchCursor;
import org.junit.jupiter.api.Test;

class FederatedCursorTest {

  private final FederatedCursor cursor = new FederatedCursor(1500.25, "centre", "svc:1|loc-2");

  @Test
  void readsBackWhatItWrote() {
    assertEquals(cursor, FederatedCursor.decode(cursor.encode()));
  }

  @Test
  void asksEachNodeForWhatFollowsTheCursorInItsOwnOrder() {
    assertEquals(new SearchCursor(1500.25, "svc:1|loc-2"), cursor.boundFor("centre"));
    // a node ordered before the cursor's node has given everything at this distance already
    assertTrue(cursor.boundFor("alpha").siteKey().compareTo("zz-any|site") > 0);
    // a node ordered after it has given nothing at this distance yet
    assertEquals("", cursor.boundFor("south").siteKey());
  }

  @Test
  void refusesACursorOfALocalSearchNamingTheArgument() {
    var local = Cursors.encode(new SearchCursor(10, "a|b"));
    var error = assertThrows(InvalidArgument.class, () -> FederatedCursor.decode(local));
    assertEquals("after", error.argument());
  }
}
