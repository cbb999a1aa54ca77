package enlace.graph;

/** Hears how long each managed transaction of a store took, for the node's metrics. */
@FunctionalInterface
public interface TransactionObserver {

  TransactionObserver NONE = (write, nanos, failed) -> { };

  void ended(boolean write, long nanos, boolean failed);
}
