package enlace.graph.referral;

import enlace.graph.Ids;
import java.net.URI;
import java.util.Objects;

/** Where an organization wants its referral events POSTed, and the secret they are signed with. */
public record Webhook(String organization, URI url, String secret) {

  public Webhook {
    Ids.require(organization, "organization");
    Objects.requireNonNull(url, "url");
    if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
      throw new IllegalArgumentException("url: a webhook is an http(s) address");
    }
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException("secret: at least 16 characters");
    }
  }
}
