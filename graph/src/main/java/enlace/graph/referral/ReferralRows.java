package enlace.graph.referral;

import enlace.graph.Records;
import enlace.graph.referral.Consent.ReferralField;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;

/** How referrals, their consent, contact and events are laid out as Neo4j properties. */
final class ReferralRows {

  private ReferralRows() {}

  static Map<String, Object> referral(Referral r) {
    var p = new HashMap<String, Object>();
    p.put("id", r.id());
    p.put("region", r.region());
    p.put("status", r.status().code());
    p.put("needs", r.needs());
    p.put("documents", r.documents());
    p.put("languages", r.languages());
    p.put("municipality", r.municipality());
    p.put("point", r.point() == null ? null : Records.toStore(r.point()));
    p.put("urgency", r.urgency().name());
    p.put("adults", r.household() == null ? null : r.household().adults());
    p.put("children", r.household() == null ? null : r.household().children());
    p.put("unaccompaniedMinor", r.household() == null ? null : r.household().unaccompaniedMinor());
    p.putAll(profile(r.profile()));
    p.put("clientReference", r.clientReference());
    p.put("sender", r.senderOrganization());
    p.put("receiver", r.receiverOrganization());
    p.put("service", r.serviceId());
    p.put("serviceRegion", r.serviceRegion());
    p.put("createdAt", Records.toStore(r.createdAt()));
    p.put("updatedAt", Records.toStore(r.updatedAt()));
    p.put("expiresAt", Records.toStore(r.expiresAt()));
    p.put("reroutedFrom", r.reroutedFrom());
    return p;
  }

  /** The profile as properties of its referral, all null when nothing was said (so that SET += removes them). */
  static Map<String, Object> profile(Profile profile) {
    var p = new HashMap<String, Object>();
    p.put("profileGender", profile.gender() == null ? null : profile.gender().name());
    p.put("profileLgbtiSafePlace", profile.lgbtiSafePlace());
    p.put("profileAgeGroups", profile.ageGroups().isEmpty() ? null
        : profile.ageGroups().stream().map(Enum::name).toList());
    p.put("profilePregnant", profile.pregnant());
    p.put("profileReducedMobility", profile.reducedMobility());
    p.put("profileProtectedPlace", profile.protectedPlace());
    return p;
  }

  private static Profile profile(org.neo4j.driver.types.Node n) {
    return new Profile(
        n.get("profileGender").isNull() ? null : Profile.Gender.valueOf(n.get("profileGender").asString()),
        flag(n.get("profileLgbtiSafePlace")),
        Records.strings(n.get("profileAgeGroups")).stream().map(Profile.AgeGroup::valueOf).toList(),
        flag(n.get("profilePregnant")), flag(n.get("profileReducedMobility")), flag(n.get("profileProtectedPlace")));
  }

  private static Boolean flag(Value value) {
    return value.isNull() ? null : value.asBoolean();
  }

  static Map<String, Object> consent(Consent c) {
    var p = new HashMap<String, Object>();
    p.put("purpose", c.purpose());
    p.put("organizations", c.organizations());
    p.put("fields", c.fields().stream().map(Enum::name).sorted().toList());
    p.put("noticeVersion", c.noticeVersion());
    p.put("recordedAt", Records.toStore(c.recordedAt()));
    p.put("recordedBy", c.recordedBy());
    return p;
  }

  static Map<String, Object> contact(Contact c) {
    var p = new HashMap<String, Object>();
    p.put("phone", c.phone());
    p.put("note", c.note());
    return p;
  }

  static Referral referral(Value r, Value c) {
    var n = r.asNode();
    var household = n.get("adults").isNull() ? null : new Household(n.get("adults").asInt(),
        n.get("children").asInt());
    return new Referral(
        n.get("id").asString(),
        n.get("region").asString(),
        ReferralStatus.ofCode(n.get("status").asString()),
        Records.strings(n.get("needs")),
        Records.strings(n.get("documents")),
        Records.strings(n.get("languages")),
        n.get("municipality").asString(null),
        n.get("point").isNull() ? null : Records.point(n.get("point")),
        Urgency.valueOf(n.get("urgency").asString()),
        household,
        profile(n),
        n.get("clientReference").asString(null),
        n.get("sender").asString(),
        n.get("receiver").asString(),
        n.get("service").asString(),
        n.get("serviceRegion").asString(),
        Records.instant(n.get("createdAt")),
        Records.instant(n.get("updatedAt")),
        Records.instant(n.get("expiresAt")),
        n.get("rejectReason").isNull() ? null : RejectReason.valueOf(n.get("rejectReason").asString()),
        n.get("outcome").asString(null),
        n.get("reroutedFrom").asString(null),
        Records.instant(n.get("anonymisedAt")),
        consent(c));
  }

  private static Consent consent(Value value) {
    var n = value.asNode();
    return new Consent(n.get("purpose").asString(), Records.strings(n.get("organizations")),
        Records.strings(n.get("fields")).stream().map(ReferralField::valueOf).collect(Collectors.toSet()),
        n.get("noticeVersion").asString(), Records.instant(n.get("recordedAt")), n.get("recordedBy").asString(),
        Records.instant(n.get("withdrawnAt")));
  }

  static Contact contact(Value value) {
    if (value == null || value.isNull()) {
      return null;
    }
    var n = value.asNode();
    return new Contact(n.get("phone").asString(null), n.get("note").asString(null));
  }

  static ReferralEvent event(Value e, Referral referral) {
    var n = e.asNode();
    return new ReferralEvent(referral.id(), referral.region(), n.get("sequence").asLong(),
        n.get("from").isNull() ? null : ReferralStatus.ofCode(n.get("from").asString()),
        ReferralStatus.ofCode(n.get("to").asString()), n.get("actor").asString(), n.get("organization").asString(""),
        Records.instant(n.get("at")), n.get("reason").asString(null), n.get("note").asString(null),
        referral.senderOrganization(), referral.receiverOrganization());
  }
}
