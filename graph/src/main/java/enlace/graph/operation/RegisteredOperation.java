package enlace.graph.operation;

/**
 * One GraphQL operation a partner's client registered: the document ({@code body}) named by its SHA-256
 * ({@code hash}, lowercase hex), its operation name and type (query, mutation, subscription).
 */
public record RegisteredOperation(String hash, String name, String type, String body) {}
