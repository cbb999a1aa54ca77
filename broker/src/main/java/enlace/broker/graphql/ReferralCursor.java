package enlace.broker.graphql;

import enlace.broker.directory.InvalidArgument;
import enlace.graph.referral.ReferralPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** The opaque cursor of an inbox or outbox page: when the referral was created, and its id. */
final class ReferralCursor {

  private ReferralCursor() {}

  static String encode(ReferralPage.Cursor cursor) {
    var raw = "r|" + cursor.createdAt() + "|" + cursor.id();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static ReferralPage.Cursor decode(String cursor) {
    try {
      var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
      if (parts.length != 3 || !parts[0].equals("r")) {
        throw new IllegalArgumentException("not a referral cursor");
      }
      return new ReferralPage.Cursor(Instant.parse(parts[1]), parts[2]);
    } catch (RuntimeException e) {
      throw new InvalidArgument("after", "not a cursor of this list; pass endCursor back as it came");
    }
  }
}
