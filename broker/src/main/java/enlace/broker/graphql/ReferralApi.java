package enlace.broker.graphql;

import enlace.broker.referral.ReferralBroker;
import enlace.broker.referral.ReferralEvents;
import enlace.broker.referral.ReferralStatistics;
import enlace.broker.referral.Webhooks;
import java.util.Objects;

/** What the GraphQL API needs to serve referrals: the broker, the counts, webhooks and the event stream. */
public record ReferralApi(ReferralBroker broker, ReferralStatistics statistics, Webhooks webhooks,
    ReferralEvents events) {

  public ReferralApi {
    Objects.requireNonNull(broker, "broker");
    Objects.requireNonNull(statistics, "statistics");
    Objects.requireNonNull(webhooks, "webhooks");
    Objects.requireNonNull(events, "events");
  }
}
