package enlace.broker.federation.delivery;

import enlace.graph.outbox.Outbox;
import enlace.graph.outbox.PeerMessage;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's due messages to their peers, at least once: a message leaves the outbox only when its
 * peer has said it took it; any failure (peer down, timeout, an answer lost after the peer committed)
 * schedules another attempt after {@link Backoff}, and the receiver drops what it already has by message
 * id ({@link Outbox#firstReceipt}). One pass at a time, every {@code poll}.
 */
public final class DeliveryWorker implements AutoCloseable {

  /** Hands one message to its peer; succeeds with the peer's receipt when it took it (or had it already). */
  public interface Transport {
    Future<String> deliver(PeerMessage message);
  }

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

  private final Context context;
  private final Outbox outbox;
  private final Transport transport;
  private final Backoff backoff;
  private final int batch;
  private final Clock clock;
  private final Random random = new Random();
  private final AtomicBoolean running = new AtomicBoolean();
  private final long timer;

  private DeliveryWorker(Vertx vertx, Outbox outbox, Transport transport, Backoff backoff, Duration poll, int batch,
      Clock clock) {
    this.context = vertx.getOrCreateContext();
    this.outbox = outbox;
    this.transport = transport;
    this.backoff = backoff;
    this.batch = batch;
    this.clock = clock;
    this.timer = vertx.setPeriodic(poll.toMillis(), id -> context.runOnContext(v -> pass()));
  }

  public static DeliveryWorker start(Vertx vertx, Outbox outbox, Transport transport, Backoff backoff, Duration poll,
      int batch, Clock clock) {
    return new DeliveryWorker(vertx, outbox, transport, backoff, poll, batch, clock);
  }

  /** One pass over the due messages; how many were delivered. Skipped (0) while another pass runs. */
  public Future<Integer> pass() {
    if (!running.compareAndSet(false, true)) {
      return Future.succeededFuture(0);
    }
    return Future.fromCompletionStage(outbox.due(clock.instant(), batch), context)
        .compose(this::deliverAll)
        .onComplete(done -> running.set(false));
  }

  private Future<Integer> deliverAll(List<PeerMessage> due) {
    var attempts = due.stream().map(this::attempt).toList();
    return Future.join(attempts).transform(all -> Future.succeededFuture(
        (int) attempts.stream().filter(f -> f.succeeded() && f.result()).count()));
  }

  private Future<Boolean> attempt(PeerMessage message) {
    return transport.deliver(message)
        .compose(receipt -> Future.fromCompletionStage(outbox.delivered(message.id(), clock.instant(), receipt),
            context)
            .map(true))
        .recover(failure -> {
          int failed = message.attempts() + 1;
          var next = clock.instant().plus(backoff.delay(failed, random));
          LOG.info("message {} to {} not delivered (attempt {}): {}; next at {}", message.id(), message.peer(),
              failed, failure.getMessage(), next);
          return Future.fromCompletionStage(outbox.retryLater(message.id(), failed, next,
              String.valueOf(failure.getMessage())), context).map(false);
        });
  }

  @Override
  public void close() {
    context.owner().cancelTimer(timer);
  }
}
