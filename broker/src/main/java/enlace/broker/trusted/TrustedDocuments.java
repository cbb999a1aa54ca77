package enlace.broker.trusted;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import enlace.broker.security.Caller;
import enlace.graph.audit.AuditEntry;
import enlace.graph.operation.RegisteredOperation;
import enlace.graph.operation.RegisteredOperations;
import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Operations partners register ahead (trusted documents, sent as Apollo Client's persisted-query link sends them:
 * {@code extensions.persistedQuery.sha256Hash}), and the clients configured to run nothing else. The console,
 * GraphiQL and every client not listed keep sending documents as text.
 */
public final class TrustedDocuments {

  private final RegisteredOperations store;
  private final Set<String> onlyRegistered;
  private final Clock clock;
  private final Cache<String, String> bodies = Caffeine.newBuilder().maximumSize(10_000).build();

  public TrustedDocuments(RegisteredOperations store, Set<String> onlyRegistered, Clock clock) {
    this.store = store;
    this.onlyRegistered = Set.copyOf(onlyRegistered);
    this.clock = clock;
  }

  /**
   * The document to run for a request that sent {@code query} (may be null) and {@code hash} (may be null): the
   * text itself once it matches its hash, or the registered document the hash names; fails with a
   * {@link Refusal} when neither will do, or when the caller's client may run registered documents only.
   */
  public Future<String> resolve(String query, String hash, Caller caller) {
    if (hash != null && !hash.matches("[0-9a-f]{64}")) {
      return Future.failedFuture(Refusal.invalidHash(hash));
    }
    String text = query == null ? null : sha256(query);
    if (text != null && hash != null && !hash.equals(text)) {
      return Future.failedFuture(Refusal.mismatch(hash));
    }
    String key = hash != null ? hash : text;
    boolean strict = !caller.isAnonymous() && onlyRegistered.contains(caller.clientId());
    if (!strict && query != null) {
      return Future.succeededFuture(query);
    }
    if (key == null) {
      return Future.failedFuture(Refusal.missing());
    }
    var cached = strict ? null : bodies.getIfPresent(key);
    if (cached != null) {
      return Future.succeededFuture(cached);
    }
    return Future.fromCompletionStage(store.find(key, caller.isAnonymous() ? null : caller.clientId()))
        .compose(found -> {
          if (found.isEmpty()) {
            return Future.failedFuture(strict && query != null ? Refusal.unregistered(caller.clientId())
                : Refusal.notFound());
          }
          if (strict && !found.get().registeredByClient()) {
            return Future.failedFuture(Refusal.unregistered(caller.clientId()));
          }
          bodies.put(key, found.get().body());
          return Future.succeededFuture(found.get().body());
        });
  }

  /** Registers the operations of an Apollo persisted-query manifest for the caller's client. */
  public Future<Integer> register(Caller caller, String manifest) {
    if (caller.isAnonymous()) {
      return Future.failedFuture(Refusal.anonymous());
    }
    List<RegisteredOperation> operations;
    try {
      operations = Manifest.read(manifest);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(Refusal.badManifest(e.getMessage()));
    }
    var entry = new AuditEntry(caller.subject(), caller.clientId(), caller.organization().orElse(null),
        "registerOperations", "client:" + caller.clientId(), operations.stream().map(RegisteredOperation::hash)
        .toList());
    return Future.fromCompletionStage(store.register(caller.clientId(), operations, entry, clock.instant()));
  }

  /** What the caller's client registered. */
  public Future<List<RegisteredOperation>> registered(Caller caller) {
    if (caller.isAnonymous()) {
      return Future.failedFuture(Refusal.anonymous());
    }
    return Future.fromCompletionStage(store.of(caller.clientId()));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
