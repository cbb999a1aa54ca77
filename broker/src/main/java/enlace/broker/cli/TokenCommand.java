package enlace.broker.cli;

import enlace.broker.security.Audience;
import enlace.broker.security.DevelopmentIssuer;
import enlace.broker.security.Scope;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
        "Print an access token from the node's development issuer (its key is in --data-dir) and nothing else.",
        "For development and demos: a node with the development issuer on accepts it; production turns it off.",
        "Example: curl -H \"Authorization: Bearer $(enlace token --data-dir ./data --org ORG --scope directory:write)\" ..."})
final class TokenCommand implements Callable<Integer> {

  private static final Pattern TTL = Pattern.compile("(\\d{1,6})([smhd])");

  @Spec
  CommandSpec spec;

  @Option(names = "--data-dir", defaultValue = "./data", description = "The node's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--org", required = true, description = "The organization the caller acts for (enlace_org).")
  String organization;

  @Option(names = "--scope", defaultValue = "", description = "Space-separated scopes, e.g. \"directory:write referral:read\".")
  String scope;

  @Option(names = "--ttl", defaultValue = "15m", description = "Lifetime: 30s, 15m, 2h, ... at most 24h (default: ${DEFAULT-VALUE}).")
  String ttl;

  @Option(names = "--region", description = "The region a coordinator coordinates (enlace_region).")
  String region;

  @Option(names = "--node-id", description = "The node the token is for (default: the node that last used --data-dir, else mx).")
  String nodeId;

  @Option(names = "--subject", defaultValue = "developer", description = "The token's sub (default: ${DEFAULT-VALUE}).")
  String subject;

  @Override
  public Integer call() {
    var scopes = scopes();
    var lifetime = lifetime();
    var audience = Optional.ofNullable(nodeId).map(this::audience);
    var issuer = DevelopmentIssuer.open(dataDir, audience, Clock.systemUTC());
    var out = spec.commandLine().getOut();
    out.println(issuer.issue(subject, Optional.of(organization), Optional.ofNullable(region), scopes, lifetime));
    out.flush();
    return 0;
  }

  private Set<Scope> scopes() {
    var scopes = EnumSet.noneOf(Scope.class);
    for (var value : scope.trim().split("\\s+")) {
      if (value.isEmpty()) {
        continue;
      }
      scopes.add(Scope.parse(value).orElseThrow(() -> invalid(
          "unknown scope '" + value + "'; the scopes are: " + Scope.all())));
    }
    return scopes;
  }

  private Duration lifetime() {
    var matcher = TTL.matcher(ttl.trim().toLowerCase(Locale.ROOT));
    Duration parsed;
    try {
      parsed = matcher.matches() ? Duration.parse("P" + (matcher.group(2).equals("d") ? "" : "T")
          + matcher.group(1) + matcher.group(2).toUpperCase(Locale.ROOT)) : Duration.parse(ttl.trim());
    } catch (DateTimeParseException e) {
      throw invalid("--ttl must look like 30s, 15m or 2h, got '" + ttl + "'");
    }
    if (parsed.isNegative() || parsed.isZero() || parsed.compareTo(DevelopmentIssuer.MAX_TTL) > 0) {
      throw invalid("--ttl must be more than 0 and at most 24h, got '" + ttl + "'");
    }
    return parsed;
  }

  private Audience audience(String id) {
    try {
      return Audience.ofNode(id);
    } catch (IllegalArgumentException e) {
      throw invalid("--node-id: " + e.getMessage());
    }
  }

  private ParameterException invalid(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
