package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.directory.GlobalId;
import enlace.broker.federation.delivery.PeerMessages;
import enlace.broker.referral.CrossRegionReferrals;
import enlace.broker.security.DevelopmentIssuer;
import enlace.broker.security.Scope;
import enlace.graph.outbox.PeerMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A referral from the south to a family shelter in the centre, across two real nodes: it reaches the shelter's
 * inbox once whatever happens to the deliveries, the shelter's moves flow back to the south, the south's
 * cancellation flows to the centre, and the person's contact goes only where the consent lets it, sealed.
 */
class CrossRegionReferralIT {

  private static final String DAM = "demo-org-tap-dam";
  private static final String SHELTER_ORG = "demo-org-cdmx-alb-familias";
  static final String SHELTER = new GlobalId("Service", "centre", "demo-svc-cdmx-alb-familias-hospedaje")
      .encode();
  private static final String PHONE = "+52 962 555 0101";
  private static final String FIELDS = "id status serviceRegion clientReference contact { phone } rejectReason "
      + "household { adults children } profile { gender ageGroups } events { sequence to reason }";
  private static final JsonObject PROFILE = new JsonObject().put("gender", "WOMAN")
      .put("ageGroups", new JsonArray().add("ADULT").add("ADULT").add("CHILD").add("INFANT"));

  @Test
  void aReferralSentWhileCentreIsDownArrivesOnceAndItsStatusFlowsBack() throws InterruptedException {
    var south = messages("south");
    south.encryptionKey("centre").toCompletionStage().toCompletableFuture().join();
    FederationNodes.stop("centre");

    var created = create(List.of("HOUSEHOLD", "CONTACT"), List.of());
    var id = created.getString("id");
    assertEquals("REQUESTED", created.getString("status"));
    assertEquals("centre", created.getString("serviceRegion"));

    var waiting = pending("south", id);
    assertFalse(waiting.payload().contains(PHONE), "the south's outbox holds no contact in plain text");
    var sealed = new JsonObject(waiting.payload()).getString("contact");
    assertEquals(5, sealed.split("\\.", -1).length, "the contact is a compact JWE");

    await(() -> Optional.of(pending("south", id)).filter(m -> m.attempts() > 0)
        .map(m -> new JsonObject().put("attempts", m.attempts())), "a failed delivery");
    var withdrawn = create(List.of("HOUSEHOLD", "CONTACT"), List.of()).getString("id");
    var unsent = pending("south", withdrawn);
    move("south", dam(), "withdrawConsent(id: $id)", withdrawn);
    var erased = OutboxErasureIT.stored(unsent.id());
    assertFalse(erased.containsKey("payload"), "withdrawal erases what has not left: " + erased);
    assertTrue(outboxOf("south", withdrawn).stream().noneMatch(m -> m.id().equals(unsent.id())), "and it never leaves");
    FederationNodes.node("centre");
    var arrived = awaitInbox(id, r -> true);
    assertEquals(PHONE, arrived.getJsonObject("contact").getString("phone"));
    assertEquals(4, arrived.getJsonObject("household").getInteger("adults")
        + arrived.getJsonObject("household").getInteger("children"));

    south.deliver(waiting).toCompletionStage().toCompletableFuture().join();
    assertEquals(1, inboxCount(id), "a second delivery of the same referral (its first answer lost) adds nothing");
    await(() -> Optional.of(new JsonObject()).filter(x -> outboxOf("south", withdrawn).isEmpty()),
        "the withdrawal's delivery");
    south.deliver(unsent).toCompletionStage().toCompletableFuture().join();
    assertEquals(0, inboxCount(withdrawn), "a withdrawn referral never reaches centre, even sent late");

    move("centre", shelter(), "acceptReferral(id: $id)", id);
    assertEquals("ACCEPTED", awaitSender(id, r -> r.getString("status").equals("ACCEPTED")).getString("status"));
    move("centre", shelter(), "completeReferral(id: $id, outcome: \"alojada\")", id);
    var done = awaitSender(id, r -> r.getString("status").equals("COMPLETED"));
    assertNull(done.getValue("contact"), "the contact is erased when the referral closes");
  }

  @Test
  void theContactReachesCentreOnlyWhenTheConsentSharesIt() throws InterruptedException {
    messages("south");
    messages("centre");
    var id = create(List.of("HOUSEHOLD"), List.of()).getString("id");
    var sent = pending("south", id);
    assertNull(new JsonObject(sent.payload()).getValue("contact"));
    var arrived = awaitInbox(id, r -> true);
    assertNull(arrived.getValue("contact"));
    assertEquals("TAP-2026-0042", arrived.getString("clientReference"));
  }

  @Test
  void theProfileReachesCentreOnlyWhenTheConsentSharesIt() throws InterruptedException {
    messages("south");
    messages("centre");
    var unshared = create(List.of("HOUSEHOLD"), List.of(), SHELTER, PROFILE).getString("id");
    assertNull(new JsonObject(pending("south", unshared).payload()).getValue("profile"));
    assertNull(awaitInbox(unshared, r -> true).getValue("profile"));
    var shared = create(List.of("HOUSEHOLD", "PROFILE"), List.of(), SHELTER, PROFILE).getString("id");
    var arrived = awaitInbox(shared, r -> true).getJsonObject("profile");
    assertEquals("WOMAN", arrived.getString("gender"));
    assertEquals(PROFILE.getJsonArray("ageGroups"), arrived.getJsonArray("ageGroups"));
    move("south", dam(), "withdrawConsent(id: $id)", shared);
    assertNull(awaitInbox(shared, r -> r.getString("status").equals("CANCELLED")).getValue("profile"),
        "withdrawn consent erases the profile in the receiving region too");
  }

  @Test
  void aConsentThatNamesAnotherOrganizationIsDeclinedByCentre() throws InterruptedException {
    messages("south");
    messages("centre");
    var id = create(List.of("HOUSEHOLD", "CONTACT"), List.of("demo-org-cdmx-alb-hombres")).getString("id");
    var declined = awaitSender(id, r -> r.getString("status").equals("REJECTED"));
    assertEquals("NOT_ELIGIBLE", declined.getString("rejectReason"));
    assertEquals(0, inboxCount(id));
  }

  @Test
  void theSendersCancellationFlowsToCentre() throws InterruptedException {
    messages("south");
    messages("centre");
    var id = create(List.of("HOUSEHOLD"), List.of()).getString("id");
    awaitInbox(id, r -> true);
    move("south", dam(), "cancelReferral(id: $id)", id);
    assertEquals("CANCELLED", awaitInbox(id, r -> r.getString("status").equals("CANCELLED")).getString("status"));
  }

  @Test
  void aReferralCancelledBeforeItReachedCentreNeverStaysOpenThere() throws InterruptedException {
    messages("south");
    messages("centre");
    var id = create(List.of("HOUSEHOLD"), List.of()).getString("id");
    move("south", dam(), "cancelReferral(id: $id)", id);
    // Both messages may go in one delivery pass. A cancellation that overtakes the referral makes centre drop
    // the arrival (it never shows what was withdrawn before it came); one that follows it closes it there.
    await(() -> outboxOf("south", id).isEmpty() ? Optional.of(new JsonObject()) : Optional.empty(),
        "the end of the south's deliveries");
    inbox(id).ifPresent(r -> assertEquals("CANCELLED", r.getString("status"), r::encode));
  }

  private static PeerMessages messages(String node) {
    return FederationNodes.node(node).federation().orElseThrow().messages().orElseThrow();
  }

  private static JsonObject create(List<String> fields, List<String> organizations) {
    return create(fields, organizations, SHELTER);
  }

  static JsonObject create(List<String> fields, List<String> organizations, String serviceId) {
    return create(fields, organizations, serviceId, null);
  }

  private static JsonObject create(List<String> fields, List<String> organizations, String serviceId,
      JsonObject profile) {
    var need = new JsonObject().put("categories", new JsonArray().add("enl:shelter"))
        .put("documents", new JsonArray().add("enl:doc-tvrh")).put("languages", new JsonArray().add("es"))
        .put("municipality", "07089").put("household", new JsonObject().put("adults", 2).put("children", 2))
        .put("profile", profile);
    var consent = new JsonObject().put("purpose", "referral to a shelter in Mexico City")
        .put("noticeVersion", "aviso-2026-01").put("recordedAt", Instant.now().toString())
        .put("recordedBy", "oficial-12").put("fields", new JsonArray(fields))
        .put("organizations", new JsonArray(organizations));
    var input = new JsonObject().put("need", need).put("serviceId", serviceId).put("clientReference", "TAP-2026-0042")
        .put("contact", new JsonObject().put("phone", PHONE).put("note", "llamar por la tarde"))
        .put("consent", consent);
    var answer = graphql("south", dam(), "mutation($input: ReferralInput!) { createReferral(input: $input) { "
        + FIELDS + " } }", new JsonObject().put("input", input));
    return answer.getJsonObject("data").getJsonObject("createReferral");
  }

  private static PeerMessage pending(String node, String referralId) {
    return messages(node).outbox().due(Instant.now().plus(Duration.ofDays(1)), 1000).toCompletableFuture().join()
        .stream().filter(m -> m.id().equals(CrossRegionReferrals.CREATED + ":" + new String(java.util.Base64
            .getUrlDecoder().decode(referralId)).split(":", 3)[2]))
        .findFirst().orElseThrow(() -> new AssertionError("no message for the referral in " + node + "'s outbox"));
  }

  /** The messages about a referral still waiting in a node's outbox. */
  private static List<PeerMessage> outboxOf(String node, String referralId) {
    var local = new String(java.util.Base64.getUrlDecoder().decode(referralId)).split(":", 3)[2];
    return messages(node).outbox().due(Instant.now().plus(Duration.ofDays(1)), 1000).toCompletableFuture().join()
        .stream().filter(m -> m.referral().filter(local::equals).isPresent()).toList();
  }

  private static void move(String node, String token, String mutation, String id) {
    var answer = graphql(node, token, "mutation($id: ID!) { " + mutation + " { id status } }",
        new JsonObject().put("id", id));
    assertNull(answer.getValue("errors"), () -> answer.encode());
  }

  static JsonObject awaitInbox(String id, Predicate<JsonObject> until) throws InterruptedException {
    return await(() -> inbox(id).filter(until), "centre's inbox");
  }

  private static JsonObject awaitSender(String id, Predicate<JsonObject> until) throws InterruptedException {
    return await(() -> Optional.ofNullable(graphql("south", dam(), "query($id: ID!) { referral(id: $id) { " + FIELDS
        + " } }", new JsonObject().put("id", id)).getJsonObject("data").getJsonObject("referral")).filter(until),
        "the south");
  }

  private static JsonObject await(java.util.function.Supplier<Optional<JsonObject>> probe, String where)
      throws InterruptedException {
    var deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
    while (System.nanoTime() < deadline) {
      var found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("nothing came to " + where + " in time");
  }

  private static Optional<JsonObject> inbox(String id) {
    return inboxItems().stream().filter(r -> r.getString("id").equals(id)).findFirst();
  }

  private static long inboxCount(String id) {
    return inboxItems().stream().filter(r -> r.getString("id").equals(id)).count();
  }

  private static List<JsonObject> inboxItems() {
    var answer = graphql("centre", shelter(), "{ referrals(box: INBOX, first: 100) { edges { node { " + FIELDS
        + " } } } }", null);
    return answer.getJsonObject("data").getJsonObject("referrals").getJsonArray("edges").stream()
        .map(e -> ((JsonObject) e).getJsonObject("node")).toList();
  }

  static JsonObject graphql(String node, String token, String query, JsonObject variables) {
    var response = FederationNodes.post(node, token, query, variables);
    assertEquals(200, response.statusCode(), response.body());
    return new JsonObject(response.body());
  }

  static String dam() {
    return token("south", DAM);
  }

  private static String shelter() {
    return token("centre", SHELTER_ORG);
  }

  static String token(String node, String organization, Scope... scopes) {
    var dataDir = FederationNodes.config(node).graph().dataDir();
    return DevelopmentIssuer.open(dataDir, Optional.empty(), Clock.systemUTC())
        .issue("test-" + UUID.randomUUID(), Optional.of(organization), Optional.empty(),
            scopes.length == 0 ? Set.of(Scope.REFERRAL_WRITE, Scope.REFERRAL_READ) : Set.of(scopes),
            Duration.ofMinutes(10));
  }
}
