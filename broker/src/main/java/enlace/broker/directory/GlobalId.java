package enlace.broker.directory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The opaque id clients see: base64url of {@code type:region:localId}, so that any node can tell whose
 * record an id names without asking.
 */
public record GlobalId(String type, String region, String localId) {

  public static final Set<String> TYPES = Set.of("Service", "Organization", "Vacancy", "Referral", "FieldNote");

  public GlobalId {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown id type " + type);
    }
  }

  public String encode() {
    var raw = type + ":" + region + ":" + localId;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads an id a client sent back, naming the argument when it is not one of ours. */
  public static GlobalId decode(String id, String argument) {
    return parse(id).orElseThrow(() ->
        new InvalidArgument(argument, "not an Enlace id; use an id exactly as the API returned it"));
  }

  /** The global id this string encodes, if it is one. */
  public static Optional<GlobalId> parse(String id) {
    try {
      var raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
      var parts = raw.split(":", 3);
      boolean ours = parts.length == 3 && TYPES.contains(parts[0]) && !parts[1].isEmpty() && !parts[2].isEmpty();
      return ours ? Optional.of(new GlobalId(parts[0], parts[1], parts[2])) : Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  public GlobalId expect(String expectedType, String argument) {
    if (!type.equals(expectedType)) {
      throw new InvalidArgument(argument, "this is the id of a " + type + ", not of a " + expectedType);
    }
    return this;
  }
}
