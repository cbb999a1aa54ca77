package enlace.broker.referral;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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

  /**
   * The {@code "referrals"} section of a node's configuration file: {@code expireAfterHours},
   * {@code sweepIntervalSeconds}, {@code retentionDays}, {@code allowedOrigins} (a list), {@code webhookAttempts};
   * what is left out takes the default.
   */
  public static ReferralSettings fromJson(JsonObject json) {
    var origins = json.getValue("allowedOrigins", new JsonArray());
    if (!(origins instanceof JsonArray list) || list.stream().anyMatch(o -> !(o instanceof String))) {
      throw new IllegalArgumentException("referrals.allowedOrigins must be a list of origins such as"
          + " \"https://dam.example.org\"");
    }
    return new ReferralSettings(
        Duration.ofHours(json.getLong("expireAfterHours", DEFAULTS.expireAfter().toHours())),
        Duration.ofSeconds(json.getLong("sweepIntervalSeconds", DEFAULTS.sweepInterval().toSeconds())),
        Duration.ofDays(json.getLong("retentionDays", DEFAULTS.retention().toDays())),
        list.stream().map(String.class::cast).toList(),
        json.getInteger("webhookAttempts", DEFAULTS.webhookAttempts()),
        DEFAULTS.webhookBackoff());
  }

  public ReferralSettings withAllowedOrigins(List<String> origins) {
    return new ReferralSettings(expireAfter, sweepInterval, retention, origins, webhookAttempts, webhookBackoff);
  }

  public ReferralSettings withWebhookBackoff(Duration backoff) {
    return new ReferralSettings(expireAfter, sweepInterval, retention, allowedOrigins, webhookAttempts, backoff);
  }
}
