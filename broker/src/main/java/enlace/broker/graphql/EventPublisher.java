package enlace.broker.graphql;

import enlace.broker.referral.ReferralEvents;
import enlace.graph.referral.ReferralEvent;
import io.vertx.core.Context;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.ArrayDeque;
import java.util.function.Predicate;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The referral events one subscriber may see, from the event bus, as a reactive-streams publisher for a
 * GraphQL subscription. Everything runs on the subscription's event loop; events beyond the subscriber's
 * demand wait in a bounded buffer (the oldest are dropped past it).
 */
final class EventPublisher implements Publisher<ReferralEvent> {

  private static final int BUFFER = 256;

  private final ReferralEvents events;
  private final Context context;
  private final Predicate<ReferralEvent> visible;

  EventPublisher(ReferralEvents events, Context context, Predicate<ReferralEvent> visible) {
    this.events = events;
    this.context = context;
    this.visible = visible;
  }

  @Override
  public void subscribe(Subscriber<? super ReferralEvent> subscriber) {
    context.runOnContext(v -> new Feed(subscriber).start());
  }

  private final class Feed implements Subscription {
    private final Subscriber<? super ReferralEvent> subscriber;
    private final ArrayDeque<ReferralEvent> pending = new ArrayDeque<>();
    private long demand;
    private MessageConsumer<?> consumer;
    private boolean cancelled;

    Feed(Subscriber<? super ReferralEvent> subscriber) {
      this.subscriber = subscriber;
    }

    void start() {
      consumer = events.listen(event -> {
        if (!cancelled && visible.test(event)) {
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
