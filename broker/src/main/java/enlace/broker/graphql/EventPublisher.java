package enlace.broker.graphql;

import enlace.broker.referral.ReferralEvents;
import enlace.graph.referral.ReferralEvent;
import io.vertx.core.Context;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.ArrayDeque;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The events one subscriber may see, from the event bus, as a reactive-streams publisher for a GraphQL
 * subscription. Everything runs on the subscription's event loop; events beyond the subscriber's demand wait
 * in a bounded buffer (the oldest are dropped past it).
 */
final class EventPublisher<T> implements Publisher<T> {

  private static final int BUFFER = 256;

  private final Function<Consumer<T>, MessageConsumer<?>> source;
  private final Context context;

  /** {@code source} starts calling its argument with each event the subscriber may see, until unregistered. */
  EventPublisher(Context context, Function<Consumer<T>, MessageConsumer<?>> source) {
    this.source = source;
    this.context = context;
  }

  /** The referral events {@code visible} lets through. */
  static EventPublisher<ReferralEvent> referrals(ReferralEvents events, Context context,
      Predicate<ReferralEvent> visible) {
    return new EventPublisher<>(context, listener -> events.listen(event -> {
      if (visible.test(event)) {
        listener.accept(event);
      }
    }));
  }

  @Override
  public void subscribe(Subscriber<? super T> subscriber) {
    context.runOnContext(v -> new Feed(subscriber).start());
  }

  private final class Feed implements Subscription {
    private final Subscriber<? super T> subscriber;
    private final ArrayDeque<T> pending = new ArrayDeque<>();
    private long demand;
    private MessageConsumer<?> consumer;
    private boolean cancelled;

    Feed(Subscriber<? super T> subscriber) {
      this.subscriber = subscriber;
    }

    void start() {
      consumer = source.apply(event -> {
        if (!cancelled) {
          if (pending.size() == BUFFER) {
            pending.poll();
          }
          pending.add(event);
          drain();
        }
      });
      subscriber.onSubscribe(this);
    }

    @Override
    public void request(long n) {
      context.runOnContext(v -> {
        demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
        drain();
      });
    }

    @Override
    public void cancel() {
      context.runOnContext(v -> {
        cancelled = true;
        pending.clear();
        if (consumer != null) {
          consumer.unregister();
        }
      });
    }

    private void drain() {
      while (demand > 0 && !pending.isEmpty() && !cancelled) {
        demand--;
        subscriber.onNext(pending.poll());
      }
    }
  }
}
