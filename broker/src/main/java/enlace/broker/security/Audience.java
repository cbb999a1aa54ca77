package enlace.broker.security;

import java.util.Objects;
import java.util.regex.Pattern;

/** The {@code aud} value an access token must name for this node to accept it. */
public record Audience(String value) {

  private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

  public Audience {
    Objects.requireNonNull(value, "audience");
    if (value.isBlank()) {
      throw new IllegalArgumentException("the audience must not be blank");
    }
  }

  /** {@code urn:enlace:node:<nodeId>}: letters, digits, '.', '_' and '-'. */
  public static Audience ofNode(String nodeId) {
    if (nodeId == null || !NODE_ID.matcher(nodeId).matches()) {
      throw new IllegalArgumentException("nodeId must be 1-63 letters, digits, '.', '_' or '-', got " + nodeId);
    }
    return new Audience("urn:enlace:node:" + nodeId);
  }

  @Override
  public String toString() {
    return value;
  }
}
