package enlace.broker.referral;

import enlace.graph.Graph;
import enlace.graph.referral.ReferralTransitions;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every sweep interval, requested referrals past their expiry become expired, and their events go out. */
public final class ExpirySweep {

  private static final Logger LOG = LoggerFactory.getLogger(ExpirySweep.class);
  private static final int BATCH = 200;

  private final ReferralTransitions transitions;
  private final ReferralEvents events;
  private final Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();

  public ExpirySweep(Graph graph, ReferralEvents events, Clock clock) {
    this.transitions = new ReferralTransitions(graph);
    this.events = events;
    this.clock = clock;
  }

  public long start(Vertx vertx, ReferralSettings settings) {
    return vertx.setPeriodic(settings.sweepInterval().toMillis(), id -> sweep());
  }

  /** One sweep; a sweep still running when the next is due is not doubled. */
  public void sweep() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    transitions.expire(clock.instant(), BATCH).whenComplete((moved, error) -> {
      running.set(false);
      if (error != null) {
        LOG.warn("referral expiry sweep failed", error);
        return;
      }
      moved.forEach(m -> events.publish(m.event()));
      if (!moved.isEmpty()) {
        LOG.info("{} referrals expired without an answer", moved.size());
      }
    });
  }
}
