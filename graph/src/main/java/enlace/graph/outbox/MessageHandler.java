package enlace.graph.outbox;

import java.util.concurrent.CompletionStage;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * What a node does with one kind of message from a peer, inside the transaction that also records the
 * message's receipt: the work and the receipt commit together, so a redelivery finds the receipt and is
 * dropped.
 */
@FunctionalInterface
public interface MessageHandler {
  CompletionStage<Void> apply(AsyncTransactionContext tx, String peer, String payload);
}
