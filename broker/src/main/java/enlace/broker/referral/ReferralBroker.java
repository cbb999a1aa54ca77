package enlace.broker.referral;

import enlace.broker.directory.GlobalId;
import enlace.broker.directory.InvalidArgument;
import enlace.broker.directory.NotFound;
import enlace.broker.security.Caller;
import enlace.broker.security.Forbidden;
import enlace.broker.security.Scope;
import enlace.graph.Change;
import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.referral.Consent;
import enlace.graph.referral.Consent.ReferralField;
import enlace.graph.referral.Contact;
import enlace.graph.referral.Profile;
import enlace.graph.referral.Referral;
import enlace.graph.referral.ReferralPage;
import enlace.graph.referral.ReferralRecord;
import enlace.graph.referral.ReferralRefused;
import enlace.graph.referral.ReferralRepository;
import enlace.graph.referral.ReferralStatus;
import enlace.graph.referral.ReferralTransitions;
import enlace.graph.referral.RejectReason;
import enlace.graph.referral.Transition;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * Referrals for the organizations that send and receive them: creation with consent and matching, one
 * method per lifecycle move, re-routing a declined referral, consent withdrawal and reads. Every method
 * checks the caller's scope and organization; the graph checks the party and the move again inside the
 * write. Events are published once their transaction has committed.
 */
public final class ReferralBroker {

  private static final Pattern CLIENT_REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final List<String> WRITTEN = List.of("status");

  private final ReferralRepository repository;
  private final ReferralTransitions transitions;
  private final ServiceMatching matching;
  private final ReferralEvents events;
  private final ReferralSettings settings;
  private final String region;
  private final Clock clock;
  private final Optional<CrossRegionReferrals> crossRegion;

  public ReferralBroker(Graph graph, ServiceMatching matching, ReferralEvents events, ReferralSettings settings,
      String region, Clock clock) {
    this(graph, matching, events, settings, region, clock, Optional.empty());
  }

  /** A broker that also refers to services of other regions, through {@code crossRegion}. */
  public ReferralBroker(Graph graph, ServiceMatching matching, ReferralEvents events, ReferralSettings settings,
      String region, Clock clock, Optional<CrossRegionReferrals> crossRegion) {
    this.crossRegion = crossRegion;
    this.repository = new ReferralRepository(graph);
    this.transitions = crossRegion.map(c -> new ReferralTransitions(graph, c::relay))
        .orElseGet(() -> new ReferralTransitions(graph));
    this.matching = matching;
    this.events = events;
    this.settings = settings;
    this.region = region;
    this.clock = clock;
  }

  public ServiceMatching matching() {
    return matching;
  }

  public CompletionStage<ReferralView> create(Caller caller, ReferralRequest request) {
    var sender = organization(caller.require(Scope.REFERRAL_WRITE));
    if (request.clientReference() == null || !CLIENT_REFERENCE.matcher(request.clientReference()).matches()) {
      throw new InvalidArgument("input.clientReference", "1-64 letters, digits and . _ : - chosen by your office;"
          + " never a name or a document number");
    }
    if (request.consent() == null) {
      throw new InvalidArgument("input.consent", "no consent, no referral");
    }
    var expiresIn = Optional.ofNullable(request.expiresInHours()).map(Duration::ofHours).orElse(settings.expireAfter());
    if (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.toDays() > 30) {
      throw new InvalidArgument("input.expiresInHours", "between 1 hour and 30 days");
    }
    var target = Optional.ofNullable(request.serviceId())
        .map(id -> GlobalId.decode(id, "input.serviceId").expect("Service", "input.serviceId"));
    if (target.isPresent() && !target.get().region().equals(region)) {
      return createRemote(caller, sender, request, target.get(), expiresIn);
    }
    var chosen = target.map(GlobalId::localId);
    return matching.need(request.need(), "input.need")
        .thenCompose(need -> matching.match(need, 50, Set.of()).thenApply(found -> {
          var pick = ReferralTargets.pick(found, chosen, request.consent());
          var now = clock.instant();
          var referral = new Referral(UUID.randomUUID().toString(), region, ReferralStatus.REQUESTED,
              List.of(pick.need()), need.documents(), List.copyOf(need.languages()),
              municipality(need.municipality(), pick), need.municipality() == null ? need.center().approximate() : null,
              need.urgency(), need.household(), kept(need, request.consent()), request.clientReference(), sender,
              pick.service().organizationId(),
              pick.service().id(), pick.service().region(), now, now, now.plus(expiresIn), null, null, null, null,
              request.consent());
          return referral;
        }))
        .thenCompose(referral -> repository.create(referral, Optional.ofNullable(request.contact()), caller.subject(),
                entry(caller, "createReferral", referral.id(), written(referral)))
            .thenCompose(event -> {
              events.publish(event);
              return read(caller, referral.id(), sender);
            }));
  }

  /**
   * A referral to a service of another region: written here with its message to that region's node in one
   * transaction; the receiving node checks the service and names its organization when it answers.
   */
  private CompletionStage<ReferralView> createRemote(Caller caller, String sender, ReferralRequest request,
      GlobalId service, Duration expiresIn) {
    var cross = crossRegion.orElseThrow(() -> new InvalidArgument("input.serviceId", "the service is in region "
        + service.region() + " and this node federates with no other region"));
    var peer = cross.peerFor(service.region(), "input.serviceId");
    return matching.need(request.need(), "input.need").thenCompose(need -> {
      var now = clock.instant();
      var referral = new Referral(UUID.randomUUID().toString(), region, ReferralStatus.REQUESTED,
          List.of(need.categories().getFirst()), need.documents(), List.copyOf(need.languages()), need.municipality(),
          need.municipality() == null ? need.center().approximate() : null, need.urgency(), need.household(),
          kept(need, request.consent()), request.clientReference(), sender, ReferralRepository.pendingReceiver(peer),
          service.localId(), peer, now,
          now, now.plus(expiresIn), null, null, null, null, request.consent());
      return cross.sealContact(peer, referral, request.contact()).toCompletionStage()
          .thenCompose(sealed -> repository.create(referral, Optional.ofNullable(request.contact()),
              caller.subject(), entry(caller, "createReferral", referral.id(), written(referral)),
              Optional.of(cross.created(referral, sealed))))
          .thenCompose(event -> {
            events.publish(event);
            return read(caller, referral.id(), sender);
          });
    });
  }

  /** A move into {@code to} by the side that makes it; the reason is required for a rejection. */
  public CompletionStage<ReferralView> move(Caller caller, String id, ReferralStatus to, String reason, String note) {
    var organization = organization(caller.require(Scope.REFERRAL_WRITE));
    var local = referralId(id);
    if (to == ReferralStatus.REJECTED) {
      parseReason(reason);
    }
    var transition = new Transition(local, to, organization, caller.subject(), reason, note,
        entry(caller, "moveReferral:" + to.code(), local, WRITTEN), clock.instant());
    return transitions.move(transition).thenCompose(moved -> {
      events.publish(moved.event());
      return read(caller, local, organization);
    });
  }

  /** A declined or expired referral sent on to the next candidate: a new referral, same need and consent. */
  public CompletionStage<ReferralView> reroute(Caller caller, String id, Contact contact) {
    var sender = organization(caller.require(Scope.REFERRAL_WRITE));
    var local = referralId(id);
    return readRecord(caller, local, sender).thenCompose(record -> {
      var old = record.referral();
      if (!old.senderOrganization().equals(sender)) {
        throw new ReferralRefused(ReferralRefused.Code.FORBIDDEN, "only the sending organization re-routes");
      }
      if (old.status() != ReferralStatus.REJECTED && old.status() != ReferralStatus.EXPIRED) {
        throw new ReferralRefused(ReferralRefused.Code.ILLEGAL_TRANSITION, "only a rejected or expired referral is"
            + " re-routed; this one is " + old.status().code());
      }
      if (old.isAnonymised()) {
        throw new ReferralRefused(ReferralRefused.Code.ILLEGAL_TRANSITION, "the person's data was erased; "
            + "create a new referral with new consent");
      }
      return ReferralTargets.next(matching, repository, old).thenCompose(pick -> {
        var now = clock.instant();
        var next = new Referral(UUID.randomUUID().toString(), region, ReferralStatus.REQUESTED, old.needs(),
            old.documents(), old.languages(), old.municipality(), old.point(), old.urgency(), old.household(),
            old.profile(), old.clientReference(), sender, pick.service().organizationId(), pick.service().id(),
            pick.service().region(), now, now, now.plus(settings.expireAfter()), null, null, old.id(), null,
            old.consent());
        return repository.create(next, Optional.ofNullable(contact), caller.subject(),
                entry(caller, "rerouteReferral", next.id(), written(next)))
            .thenCompose(event -> {
              events.publish(event);
              return read(caller, next.id(), sender);
            });
      });
    });
  }

  public CompletionStage<ReferralView> withdrawConsent(Caller caller, String id) {
    var sender = organization(caller.require(Scope.REFERRAL_WRITE));
    var local = referralId(id);
    return transitions.withdrawConsent(local, sender, caller.subject(),
            entry(caller, "withdrawConsent", local, List.of("status", "consent", "personal fields")), clock.instant())
        .thenCompose(moved -> {
          events.publish(moved.event());
          return read(caller, local, sender);
        });
  }

  /** A page of the caller's inbox or outbox; each referral listed is an audited read. */
  public CompletionStage<ViewPage> list(Caller caller, ReferralPage.Box box, ReferralStatus status, int first,
      ReferralPage.Cursor after) {
    var organization = organization(caller.require(Scope.REFERRAL_READ));
    if (first < 1 || first > 100) {
      throw new InvalidArgument("first", "must be between 1 and 100, got " + first);
    }
    var entry = entry(caller, "listReferral", "*", List.of("referral"));
    return repository.page(organization, box, Optional.ofNullable(status), first, Optional.ofNullable(after), entry,
        clock.instant()).thenApply(page -> new ViewPage(
            page.items().stream().map(r -> ReferralView.of(r, organization)).toList(), page.hasMore()));
  }

  /** One page of referrals as the caller sees them. */
  public record ViewPage(List<ReferralView> items, boolean hasMore) {}

  public CompletionStage<ReferralView> read(Caller caller, String id) {
    var organization = organization(caller.require(Scope.REFERRAL_READ));
    return read(caller, referralId(id), organization);
  }

  private CompletionStage<ReferralView> read(Caller caller, String local, String organization) {
    return readRecord(caller, local, organization).thenApply(record -> ReferralView.of(record, organization));
  }

  private CompletionStage<ReferralRecord> readRecord(Caller caller, String local, String organization) {
    return repository.read(local, organization, entry(caller, "readReferral", local, List.of("referral")),
        clock.instant()).thenApply(change -> switch (change) {
          case Change.Done<ReferralRecord> done -> done.value();
          case Change.NotFound<ReferralRecord> missing -> throw new NotFound("id", "no referral has this id");
          case Change.NotOwned<ReferralRecord> foreign -> throw new Forbidden(
              "only the sending and receiving organizations read a referral; this one is not yours");
        });
  }

  static RejectReason parseReason(String reason) {
    try {
      return RejectReason.valueOf(reason);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidArgument("reason", "one of NO_CAPACITY, NOT_ELIGIBLE, COULD_NOT_CONTACT, OTHER");
    }
  }

  /** Referrals are handled for an organization; a coordinator without one sees counts only. */
  public static String organization(Caller caller) {
    return caller.organization().orElseThrow(() -> new Forbidden(caller.has(Scope.COORDINATOR)
        ? "coordinators see referral counts (referralStats), never a person's referral"
        : "the token names no organization; referrals are sent and received by organizations"));
  }

  static AuditEntry entry(Caller caller, String action, String referralId, List<String> fields) {
    return new AuditEntry(caller.subject(), caller.clientId(), caller.organization().orElse(""), action,
        "Referral:" + referralId, fields);
  }

  /** The local id of a referral; one from another region is here when it was sent to one of this node's services. */
  String referralId(String id) {
    return GlobalId.decode(id, "id").expect("Referral", "id").localId();
  }

  /** The parts a new referral writes, for its audit entry. */
  private static List<String> written(Referral referral) {
    return referral.profile().isEmpty() ? List.of("referral", "consent", "contact")
        : List.of("referral", "consent", "contact", "profile");
  }

  /** The profile is kept with the referral only when the consent shares it: matching used it, nobody else needs it. */
  private static Profile kept(Need need, Consent consent) {
    return consent.shares(ReferralField.PROFILE) ? need.profile() : Profile.NONE;
  }

  private static String municipality(String given, ServiceMatch pick) {
    return given != null ? given : pick.location().municipality().value();
  }

  public String globalId(Referral referral) {
    return new GlobalId("Referral", referral.region(), referral.id()).encode();
  }
}
