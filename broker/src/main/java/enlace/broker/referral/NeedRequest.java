package enlace.broker.referral;

import enlace.graph.referral.Household;
import enlace.graph.referral.Profile;
import enlace.graph.referral.Urgency;
import java.time.Instant;
import java.util.List;

/** What a person needs, as the caller sent it (matchServices' need, createReferral's input.need). */
public record NeedRequest(
    List<String> categories,
    List<String> documents,
    List<String> languages,
    String municipality,
    Double latitude,
    Double longitude,
    double radiusKm,
    Household household,
    Profile profile,
    Instant at,
    Urgency urgency) {

  public NeedRequest {
    categories = categories == null ? List.of() : List.copyOf(categories);
    documents = documents == null ? List.of() : List.copyOf(documents);
    languages = languages == null ? List.of() : List.copyOf(languages);
    household = household == null ? Household.singleAdult() : household;
    profile = profile == null ? Profile.NONE : profile;
    urgency = urgency == null ? Urgency.ROUTINE : urgency;
  }
}
