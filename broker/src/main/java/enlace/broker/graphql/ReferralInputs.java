package enlace.broker.graphql;

import enlace.broker.directory.GlobalId;
import enlace.broker.directory.InvalidArgument;
import enlace.broker.referral.Households;
import enlace.broker.referral.NeedRequest;
import enlace.broker.referral.ReferralRequest;
import enlace.graph.referral.Consent;
import enlace.graph.referral.Consent.ReferralField;
import enlace.graph.referral.Contact;
import enlace.graph.referral.Profile;
import enlace.graph.referral.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** GraphQL input objects of the referral API, parsed into the broker's records; a failure names the field. */
final class ReferralInputs {

  private ReferralInputs() {}

  @SuppressWarnings("unchecked")
  static NeedRequest need(Map<String, Object> in, String argument) {
    var near = (Map<String, Object>) in.get("near");
    var household = in.get("household") == null ? Map.<String, Object>of() : (Map<String, Object>) in.get("household");
    var radius = (Number) in.getOrDefault("radiusKm", 50);
    var profile = profile((Map<String, Object>) in.get("profile"), argument + ".profile");
    return new NeedRequest(
        (List<String>) in.get("categories"),
        (List<String>) in.get("documents"),
        (List<String>) in.get("languages"),
        (String) in.get("municipality"),
        near == null ? null : ((Number) near.get("latitude")).doubleValue(),
        near == null ? null : ((Number) near.get("longitude")).doubleValue(),
        radius == null ? 50 : radius.doubleValue(),
        Households.read((Integer) household.get("adults"), (Integer) household.get("children"),
            (Boolean) household.get("unaccompaniedMinor"), profile, argument),
        profile,
        (Instant) in.get("at"),
        in.get("urgency") == null ? null : Urgency.valueOf((String) in.get("urgency")));
  }

  @SuppressWarnings("unchecked")
  private static Profile profile(Map<String, Object> in, String argument) {
    if (in == null) {
      return Profile.NONE;
    }
    var gender = (String) in.get("gender");
    var ages = (List<String>) in.get("ageGroups");
    return read(argument + ".ageGroups", () -> new Profile(gender == null ? null : Profile.Gender.valueOf(gender),
        (Boolean) in.get("lgbtiSafePlace"), ages == null ? null : ages.stream().map(Profile.AgeGroup::valueOf).toList(),
        (Boolean) in.get("pregnant"), (Boolean) in.get("reducedMobility"), (Boolean) in.get("protectedPlace")));
  }

  @SuppressWarnings("unchecked")
  static ReferralRequest referral(Map<String, Object> in) {
    return new ReferralRequest(
        need((Map<String, Object>) in.get("need"), "input.need"),
        (String) in.get("serviceId"),
        (String) in.get("clientReference"),
        contact((Map<String, Object>) in.get("contact"), "input.contact"),
        consent((Map<String, Object>) in.get("consent")),
        (Integer) in.get("expiresInHours"));
  }

  static Contact contact(Map<String, Object> in, String argument) {
    return in == null ? null : read(argument, () -> new Contact((String) in.get("phone"), (String) in.get("note")));
  }

  @SuppressWarnings("unchecked")
  private static Consent consent(Map<String, Object> in) {
    if (in == null) {
      throw new InvalidArgument("input.consent", "no consent, no referral");
    }
    var organizations = ((List<String>) in.getOrDefault("organizations", List.of())).stream()
        .map(id -> GlobalId.parse(id).map(GlobalId::localId).orElse(id)).toList();
    var fields = ((List<String>) in.getOrDefault("fields", List.of())).stream().map(ReferralField::valueOf)
        .collect(java.util.stream.Collectors.toSet());
    return read("input.consent", () -> new Consent((String) in.get("purpose"), organizations, fields,
        (String) in.get("noticeVersion"), (Instant) in.get("recordedAt"), (String) in.get("recordedBy"), null));
  }

  private static <T> T read(String argument, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidArgument(argument, e.getMessage());
    }
  }
}
