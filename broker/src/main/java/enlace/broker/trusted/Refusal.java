package enlace.broker.trusted;

/** Why a trusted document was not run or not registered: an HTTP status, a code and a message (es / en). */
public final class Refusal extends RuntimeException {

  /** Apollo Client's persisted-query link sends the document as text when it reads this message or code. */
  public static final String NOT_FOUND_MESSAGE = "PersistedQueryNotFound";

  private final int status;
  private final String code;

  private Refusal(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  static Refusal notFound() {
    return new Refusal(200, "PERSISTED_QUERY_NOT_FOUND", NOT_FOUND_MESSAGE);
  }

  static Refusal invalidHash(String hash) {
    return new Refusal(400, "PERSISTED_QUERY_HASH_INVALID", "extensions.persistedQuery.sha256Hash debe ser un"
        + " SHA-256 en hexadecimal (64 caracteres) / must be a SHA-256 in hex (64 characters), got '"
        + (hash.length() > 80 ? hash.substring(0, 80) + "…" : hash) + "'");
  }

  static Refusal mismatch(String hash) {
    return new Refusal(400, "PERSISTED_QUERY_HASH_MISMATCH", "el documento no tiene el SHA-256 " + hash
        + " que dice / the document's SHA-256 is not " + hash);
  }

  static Refusal missing() {
    return new Refusal(400, "BAD_REQUEST", "falta 'query' o extensions.persistedQuery / 'query' or"
        + " extensions.persistedQuery is required");
  }

  static Refusal unregistered(String client) {
    return new Refusal(403, "TRUSTED_DOCUMENTS_ONLY", "el cliente " + client + " solo puede ejecutar operaciones"
        + " registradas: regístrelas en POST /graphql/operations y envíelas por su hash / the client " + client
        + " may run registered operations only: register them at POST /graphql/operations and send their hash");
  }

  static Refusal anonymous() {
    return new Refusal(401, "UNAUTHENTICATED", "registrar operaciones requiere el token de su cliente OAuth2 /"
        + " registering operations needs your OAuth2 client's token");
  }

  static Refusal badManifest(String why) {
    return new Refusal(400, "BAD_MANIFEST", why);
  }
}
