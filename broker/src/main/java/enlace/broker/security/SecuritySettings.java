package enlace.broker.security;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose access tokens the node accepts: the identity providers it trusts and, for development, an
 * issuer of its own that keeps its signing key in the node's data directory.
 */
public record SecuritySettings(Optional<Path> developmentIssuer, List<IssuerSettings> issuers) {

  public static final SecuritySettings NONE = new SecuritySettings(Optional.empty(), List.of());

  public SecuritySettings {
    Objects.requireNonNull(developmentIssuer, "developmentIssuer");
    issuers = List.copyOf(issuers);
    var seen = new HashSet<String>();
    if (developmentIssuer.isPresent()) {
      seen.add(DevelopmentIssuer.ISSUER);
    }
    for (var issuer : issuers) {
      if (!seen.add(issuer.issuer())) {
        throw new IllegalArgumentException("issuer " + issuer.issuer() + " is configured twice");
      }
    }
  }

  /** Only the development issuer, keeping its key under {@code dataDir/dev-issuer}. */
  public static SecuritySettings development(Path dataDir) {
    return new SecuritySettings(Optional.of(dataDir), List.of());
  }

  public SecuritySettings withIssuers(List<IssuerSettings> value) {
    return new SecuritySettings(developmentIssuer, value);
  }
}
