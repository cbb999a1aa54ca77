package enlace.broker.http;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The browser origins the node answers: its own (under its host name, localhost or 127.0.0.1) always, and
 * those its configuration lists ({@code referrals.allowedOrigins}; none by default). The subscription socket
 * and the CORS headers of {@code /graphql} share it.
 */
public final class AllowedOrigins {

  private final Supplier<URI> ownOrigin;
  private final Set<String> configured;

  public AllowedOrigins(Supplier<URI> ownOrigin, List<String> configured) {
    this.ownOrigin = ownOrigin;
    this.configured = Set.copyOf(configured);
  }

  public boolean allows(String origin) {
    if (configured.contains(origin)) {
      return true;
    }
    var own = ownOrigin.get();
    if (own == null) {
      return false;
    }
    var port = own.getPort() < 0 ? "" : ":" + own.getPort();
    var names = new HashSet<>(List.of(own.getHost(), "localhost", "127.0.0.1"));
    return names.stream().anyMatch(host -> origin.equals(own.getScheme() + "://" + host + port));
  }
}
