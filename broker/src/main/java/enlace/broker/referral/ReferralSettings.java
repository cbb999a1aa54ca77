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
    List<String> allowedOrigins, int webhookAttempts, Duration webhookBackoff, List<String> webhookAllowedNetworks) {

  public static final ReferralSettings DEFAULTS = new ReferralSettings(Duration.ofHours(72), Duration.ofMinutes(1),
      Duration.ofDays(180), List.of(), 6, Duration.ofSeconds(2), List.of());

  public ReferralSettings {
    if (expireAfter.isNegative() || expireAfter.isZero() || sweepInterval.isNegative() || sweepInterval.isZero()
        || retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("referral durations must be positive");
    }
    allowedOrigins = List.copyOf(allowedOrigins);
    webhookAllowedNetworks = List.copyOf(webhookAllowedNetworks);
    new WebhookAddresses(webhookAllowedNetworks);
    if (webhookAttempts < 1) {
      throw new IllegalArgumentException("webhookAttempts must be at least 1");
    }
  }

  /**
   * The {@code "referrals"} section of a node's configuration file: {@code expireAfterHours},
   * {@code sweepIntervalSeconds}, {@code retentionDays}, {@code allowedOrigins} (a list), {@code webhookAttempts},
   * {@code webhookAllowedNetworks} (addresses or CIDR networks that webhooks may reach although they are not
   * public, such as a partner's VPN); what is left out takes the default.
   */
  public static ReferralSettings fromJson(JsonObject json) {
    var list = strings(json, "allowedOrigins", "origins such as \"https://dam.example.org\"");
    var networks = strings(json, "webhookAllowedNetworks", "networks such as \"10.20.0.0/16\"");
    return new ReferralSettings(
        Duration.ofHours(json.getLong("expireAfterHours", DEFAULTS.expireAfter().toHours())),
        Duration.ofSeconds(json.getLong("sweepIntervalSeconds", DEFAULTS.sweepInterval().toSeconds())),
        Duration.ofDays(json.getLong("retentionDays", DEFAULTS.retention().toDays())),
        list,
        json.getInteger("webhookAttempts", DEFAULTS.webhookAttempts()),
        DEFAULTS.webhookBackoff(), networks);
  }

  private static List<String> strings(JsonObject json, String key, String example) {
    var value = json.getValue(key, new JsonArray());
    if (!(value instanceof JsonArray list) || list.stream().anyMatch(o -> !(o instanceof String))) {
      throw new IllegalArgumentException("referrals." + key + " must be a list of " + example);
    }
    return list.stream().map(String.class::cast).toList();
  }

  public ReferralSettings withAllowedOrigins(List<String> origins) {
    return new ReferralSettings(expireAfter, sweepInterval, retention, origins, webhookAttempts, webhookBackoff,
        webhookAllowedNetworks);
  }

  public ReferralSettings withWebhookBackoff(Duration backoff) {
    return new ReferralSettings(expireAfter, sweepInterval, retention, allowedOrigins, webhookAttempts, backoff,
        webhookAllowedNetworks);
  }

  public ReferralSettings withWebhookAllowedNetworks(List<String> networks) {
    return new ReferralSettings(expireAfter, sweepInterval, retention, allowedOrigins, webhookAttempts,
        webhookBackoff, networks);
  }
}
