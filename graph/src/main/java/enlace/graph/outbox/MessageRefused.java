package enlace.graph.outbox;

import enlace.graph.GraphException;

/**
 * A peer's message this node will not apply, whenever it comes: it is about something that is not the peer's
 * to change. Nothing of it is written, not even its receipt.
 */
public final class MessageRefused extends GraphException {

  public MessageRefused(String message) {
    super(message);
  }
}
