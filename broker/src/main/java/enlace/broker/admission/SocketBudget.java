package enlace.broker.admission;

import enlace.broker.security.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WebSockets open on this instance, counted per caller (its token's subject within its client) and per
 * address; a caller or an address at its bound gets no more. Each socket is known by its connection (the
 * peer's address and port) and gives back what it holds once, however many times its closing is reported.
 * A socket lives on one instance, so the count does too.
 */
public final class SocketBudget {

  /** Sockets one address may hold open, authenticated or not, per allowed socket of a caller. */
  static final int ADDRESS_FACTOR = 4;

  private final int perCaller;
  private final Map<String, Integer> open = new ConcurrentHashMap<>();
  private final Map<String, List<String>> heldByConnection = new ConcurrentHashMap<>();

  public SocketBudget(int perCaller) {
    if (perCaller < 1) {
      throw new IllegalArgumentException("socketsPerClient must be at least 1");
    }
    this.perCaller = perCaller;
  }

  /** Counts a new socket of an address; false (and nothing counted) when the address holds enough. */
  public boolean open(String connection, String address) {
    return take(connection, "address " + address, perCaller * ADDRESS_FACTOR);
  }

  /** Counts the socket as the caller's once it authenticated; false when the caller holds enough. */
  public boolean authenticated(String connection, Caller caller, String address) {
    return take(connection, Admission.key(caller, address), perCaller);
  }

  /** The WebSockets open on this instance now. */
  public int sockets() {
    return heldByConnection.size();
  }

  /** Gives back what a closed socket held; nothing the second time. */
  public void closed(String connection) {
    var held = heldByConnection.remove(connection);
    if (held != null) {
      held.forEach(key -> open.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1));
    }
  }

  private boolean take(String connection, String key, int bound) {
    var taken = new boolean[1];
    open.compute(key, (k, count) -> {
      int now = count == null ? 0 : count;
      taken[0] = now < bound;
      return taken[0] ? now + 1 : count;
    });
    if (taken[0]) {
      heldByConnection.computeIfAbsent(connection, c -> new ArrayList<>()).add(key);
    }
    return taken[0];
  }
}
