package enlace.broker.referral;

import java.time.Duration;
import java.util.List;

/**
 * How a node handles referrals: how long a request waits for an answer before it expires, how often the
 * node looks for expired ones, how long personal data is kept after a referral closes, which browser
 * origins may open the subscription socket (the node's own always may), and how webhooks retry.
 */
public record ReferralSettings(Duration expireAfter, Duration sweepInterval, Duration retention,
    List<String> allowedOrigins, int webhookAttempts, Duration webhookBackoff) {

  public static final ReferralSettings DEFAULTS = new ReferralSettings(Duration.ofHours(72), Duration.ofMinutes(1),
      Duration.ofDays(180), List.of(), 6, Duration.ofSeconds(2));

  public ReferralSettings {
    if (expireAfter.isNegative() || expireAfter.isZero() || sweepInterval.isNegative() || sweepInterval.isZero()
        || retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("referral durations must be positive");
    }
    allowedOrigins = List.copyOf(allowedOrigins);
    if (webhookAttempts < 1) {
      throw new IllegalArgumentException("webhookAttempts must be at least 1");
    }
  }

  public ReferralSettings withAllowedOrigins(List<String> origins) {
    return new ReferralSettings(expireAfter, sweepInterval, retention, origins, webhookAttempts, webhookBackoff);
  }

  public ReferralSettings withWebhookBackoff(Duration backoff) {
    return new ReferralSettings(expireAfter, sweepInterval, retention, allowedOrigins, webhookAttempts, backoff);
  }
}
