package enlace.broker.referral;

import enlace.graph.geo.GeoPoint;
import enlace.graph.referral.Consent;
import enlace.graph.referral.Consent.ReferralField;
import enlace.graph.referral.Household;
import enlace.graph.referral.PeerMove;
import enlace.graph.referral.Profile;
import enlace.graph.referral.Referral;
import enlace.graph.referral.ReferralEvent;
import enlace.graph.referral.ReferralStatus;
import enlace.graph.referral.Urgency;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Referrals as they cross to another region's node: only what the receiving service needs, and of the
 * person's details only the parts the consent shares (the profile checked again on arrival); the contact travels
 * sealed to the receiving node's key.
 */
final class ReferralWire {

  private ReferralWire() {}

  /** What the sender tells the receiving region; {@code sealedContact} null when no contact goes. */
  static JsonObject created(Referral r, String sealedContact) {
    var consent = r.consent();
    var json = new JsonObject()
        .put("id", r.id())
        .put("region", r.region())
        .put("needs", new JsonArray(r.needs()))
        .put("municipality", r.municipality())
        .put("urgency", r.urgency().name())
        .put("clientReference", r.clientReference())
        .put("sender", r.senderOrganization())
        .put("service", r.serviceId())
        .put("serviceRegion", r.serviceRegion())
        .put("createdAt", r.createdAt().toString())
        .put("expiresAt", r.expiresAt().toString())
        .put("consent", new JsonObject()
            .put("purpose", consent.purpose())
            .put("organizations", new JsonArray(consent.organizations()))
            .put("fields", new JsonArray(consent.fields().stream().map(Enum::name).sorted().toList()))
            .put("noticeVersion", consent.noticeVersion())
            .put("recordedAt", consent.recordedAt().toString())
            .put("recordedBy", consent.recordedBy()))
        .put("contact", sealedContact);
    if (consent.shares(ReferralField.DOCUMENTS)) {
      json.put("documents", new JsonArray(r.documents()));
    }
    if (consent.shares(ReferralField.LANGUAGES)) {
      json.put("languages", new JsonArray(r.languages()));
    }
    if (consent.shares(ReferralField.HOUSEHOLD) && r.household() != null) {
      json.put("household", new JsonObject().put("adults", r.household().adults())
          .put("children", r.household().children()).put("unaccompaniedMinor", r.household().unaccompaniedMinor()));
    }
    if (consent.shares(ReferralField.PROFILE) && !r.profile().isEmpty()) {
      json.put("profile", profile(r.profile()));
    }
    if (consent.shares(ReferralField.LOCATION) && r.point() != null) {
      json.put("point", new JsonObject().put("latitude", r.point().latitude()).put("longitude", r.point().longitude()));
    }
    return json;
  }

  /** The referral as the receiving node stores it, sent to {@code receiver}, the service's organization. */
  static Referral referral(JsonObject json, String receiver) {
    var household = json.getJsonObject("household");
    var point = json.getJsonObject("point");
    var created = Instant.parse(json.getString("createdAt"));
    var consent = consent(json.getJsonObject("consent"));
    return new Referral(json.getString("id"), json.getString("region"), ReferralStatus.REQUESTED,
        strings(json, "needs"), strings(json, "documents"), strings(json, "languages"), json.getString("municipality"),
        point == null ? null : new GeoPoint(point.getDouble("latitude"), point.getDouble("longitude")),
        Urgency.valueOf(json.getString("urgency")),
        household == null ? null : new Household(household.getInteger("adults"), household.getInteger("children")),
        consent.shares(ReferralField.PROFILE) ? profile(json.getJsonObject("profile")) : Profile.NONE,
        json.getString("clientReference"), json.getString("sender"), receiver, json.getString("service"),
        json.getString("serviceRegion"), created, created, Instant.parse(json.getString("expiresAt")), null, null, null,
        null, consent);
  }

  private static JsonObject profile(Profile p) {
    return new JsonObject()
        .put("gender", p.gender() == null ? null : p.gender().name())
        .put("lgbtiSafePlace", p.lgbtiSafePlace())
        .put("ageGroups", new JsonArray(p.ageGroups().stream().map(Enum::name).toList()))
        .put("pregnant", p.pregnant())
        .put("reducedMobility", p.reducedMobility())
        .put("protectedPlace", p.protectedPlace());
  }

  /** A profile from another node; a value outside the shared enumerations is refused. */
  private static Profile profile(JsonObject p) {
    if (p == null) {
      return Profile.NONE;
    }
    var gender = p.getString("gender");
    return new Profile(gender == null ? null : Profile.Gender.valueOf(gender), p.getBoolean("lgbtiSafePlace"),
        strings(p, "ageGroups").stream().map(Profile.AgeGroup::valueOf).toList(), p.getBoolean("pregnant"),
        p.getBoolean("reducedMobility"), p.getBoolean("protectedPlace"));
  }

  static Consent consent(JsonObject c) {
    return new Consent(c.getString("purpose"), strings(c, "organizations"),
        strings(c, "fields").stream().map(ReferralField::valueOf).collect(Collectors.toSet()),
        c.getString("noticeVersion"), Instant.parse(c.getString("recordedAt")), c.getString("recordedBy"), null);
  }

  /** A move one side made, for the other; the receiving side names its organization. */
  static JsonObject status(ReferralEvent e, String receiver, boolean consentWithdrawn) {
    return new JsonObject()
        .put("referral", e.referralId())
        .put("to", e.to().code())
        .put("sequence", e.sequence())
        .put("organization", e.organization())
        .put("receiver", receiver)
        .put("reason", e.reason())
        .put("consentWithdrawn", consentWithdrawn)
        .put("at", e.at().toString());
  }

  static PeerMove move(String peer, JsonObject json) {
    return new PeerMove(peer, json.getString("referral"), ReferralStatus.ofCode(json.getString("to")),
        json.getLong("sequence"), json.getString("organization"), json.getString("receiver"), json.getString("reason"),
        null, json.getBoolean("consentWithdrawn", false), Instant.parse(json.getString("at")));
  }

  static JsonObject contact(enlace.graph.referral.Contact contact) {
    return new JsonObject().put("phone", contact.phone()).put("note", contact.note());
  }

  private static List<String> strings(JsonObject json, String key) {
    var array = json.getJsonArray(key);
    return array == null ? List.of() : array.stream().map(String::valueOf).toList();
  }
}
