package enlace.broker.http;

import java.util.Locale;

/** Which GraphQL response media type a client accepts, per GraphQL over HTTP. */
enum MediaTypes {
  GRAPHQL_RESPONSE("application/graphql-response+json"),
  JSON("application/json");

  private final String value;

  MediaTypes(String value) {
    this.value = value;
  }

  String value() {
    return value;
  }

  /** The preferred type the Accept header allows; JSON when there is none; null when neither is acceptable. */
  static MediaTypes negotiate(String accept) {
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    var header = accept.toLowerCase(Locale.ROOT);
    if (header.contains(GRAPHQL_RESPONSE.value)) {
      return GRAPHQL_RESPONSE;
    }
    if (header.contains(JSON.value) || header.contains("*/*") || header.contains("application/*")) {
      return JSON;
    }
    return null;
  }
}
