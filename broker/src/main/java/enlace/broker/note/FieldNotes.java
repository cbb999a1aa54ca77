package enlace.broker.note;

import enlace.broker.directory.GlobalId;
import enlace.broker.directory.InvalidArgument;
import enlace.broker.directory.InvalidInput;
import enlace.broker.directory.NotFound;
import enlace.broker.security.Caller;
import enlace.broker.security.CoordinatorRegion;
import enlace.broker.security.Forbidden;
import enlace.broker.security.Scope;
import enlace.broker.security.Unauthenticated;
import enlace.graph.Change;
import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditEvent;
import enlace.graph.audit.AuditLog;
import enlace.graph.municipality.Region;
import enlace.graph.note.FieldNote;
import enlace.graph.note.FieldNote.Target;
import enlace.graph.note.FieldNote.Verdict;
import enlace.graph.note.FieldNoteRepository;
import enlace.graph.note.NewNote;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Partners' field notes on services and organizations: who may write, judge, answer, moderate and read them,
 * what a note may say (never a person's data), and who hears of each change. Partners are tokens with
 * notes:write or referral:read, and coordinators; the public never sees a note.
 */
public final class FieldNotes {

  /** How old a note looks, counted from its date or its latest confirmation. */
  public enum Freshness { FRESH, AGING, STALE }

  static final Duration AGING_AFTER = Duration.ofDays(90);
  static final Duration STALE_AFTER = Duration.ofDays(365);
  static final int REASON_LENGTH = 300;

  private final FieldNoteRepository repository;
  private final AuditLog audit;
  private final Ontology ontology;
  private final String region;
  private final List<Region> regions;
  private final NoteEvents events;
  private final Clock clock;

  public FieldNotes(Graph graph, Ontology ontology, String region, List<Region> regions, NoteEvents events,
      Clock clock) {
    this.repository = new FieldNoteRepository(graph);
    this.audit = new AuditLog(graph);
    this.ontology = ontology;
    this.region = region;
    this.regions = List.copyOf(regions);
    this.events = events;
    this.clock = clock;
  }

  /** True for a caller who may read notes: a partner organization's token, or a coordinator. */
  public static boolean isPartner(Caller caller) {
    return caller.has(Scope.NOTES_WRITE) || caller.has(Scope.REFERRAL_READ) || caller.has(Scope.COORDINATOR);
  }

  /** The caller, when it may read the notes about something {@code owner} owns; refused otherwise. */
  public static Caller requireReader(Caller caller, String owner) {
    if (isPartner(caller) || (owner != null && caller.actsFor(owner))) {
      return caller;
    }
    var message = "field notes are for partners: a token with notes:write or referral:read, or a coordinator's"
        + " / las notas de campo son para las organizaciones aliadas";
    throw caller.isAnonymous() ? new Unauthenticated(message) : new Forbidden(message);
  }

  public CompletionStage<FieldNote> write(Caller caller, String targetId, String text, List<String> concepts) {
    var organization = organization(caller.require(Scope.NOTES_WRITE));
    var problems = new ArrayList<InvalidArgument>();
    var target = target(targetId, problems);
    var clean = NoteText.check(text, "input.text", FieldNote.MAX_LENGTH, problems);
    var iris = concepts(concepts, problems);
    throwIfAny(problems);
    var id = UUID.randomUUID().toString();
    var at = clock.instant();
    var note = new NewNote(id, region, target, organization, clean, iris, at);
    return repository.write(note, entry(caller, "writeFieldNote", id, List.of("text", "concepts")))
        .thenApply(change -> done(change, "input.targetId", "no service or organization on this node has this id"))
        .thenApply(written -> {
          events.publish("note.written", written.owner(), written, organization, at);
          return written;
        });
  }

  public CompletionStage<FieldNote> judge(Caller caller, String noteId, Verdict.Kind kind) {
    var organization = organization(caller.require(Scope.NOTES_WRITE));
    var local = noteId(noteId);
    var at = clock.instant();
    var action = kind == Verdict.Kind.CONFIRM ? "confirmFieldNote" : "disputeFieldNote";
    return repository.judge(local, organization, kind, entry(caller, action, local, List.of("verdict")), at)
        .thenApply(change -> owned(change, "a note is confirmed or disputed by other partners, not by its authors"))
        .thenApply(note -> {
          events.publish(kind == Verdict.Kind.CONFIRM ? "note.confirmed" : "note.disputed", note.owner(), note,
              organization, at);
          return note;
        });
  }

  /** The owner's answer: an organization answers notes about its own services or itself. */
  public CompletionStage<FieldNote> answer(Caller caller, String noteId, String text) {
    if (!caller.has(Scope.NOTES_WRITE)) {
      caller.require(Scope.DIRECTORY_WRITE);
    }
    var organization = organization(caller);
    var local = noteId(noteId);
    var problems = new ArrayList<InvalidArgument>();
    var clean = NoteText.check(text, "text", FieldNote.MAX_LENGTH, problems);
    throwIfAny(problems);
    var at = clock.instant();
    return repository.answer(local, organization, clean, entry(caller, "answerFieldNote", local, List.of("answer")), at)
        .thenApply(change -> owned(change, "only the organization the note is about answers it"))
        .thenApply(note -> {
          events.publish("note.answered", note.organization(), note, organization, at);
          return note;
        });
  }

  /**
   * A coordinator of a region the note's target lies in hides it ({@code hide}) or shows it again; the reason is
   * required both ways and kept in the audit event.
   */
  public CompletionStage<FieldNote> moderate(Caller caller, String noteId, boolean hide, String reason) {
    var coordinated = CoordinatorRegion.of(caller, null, regions);
    var local = noteId(noteId);
    var problems = new ArrayList<InvalidArgument>();
    var why = NoteText.check(reason, "reason", REASON_LENGTH, problems);
    throwIfAny(problems);
    var at = clock.instant();
    var entry = new AuditEntry(caller.subject(), caller.clientId(), caller.organization().orElse(""),
        hide ? "hideFieldNote" : "restoreFieldNote", "FieldNote:" + local, List.of("hidden", "reason: " + why));
    return repository.moderate(local, coordinated.stateCodes(), caller.subject(), hide ? why : null, entry, at)
        .thenApply(change -> owned(change, "a coordinator moderates the notes about places of its own region "
            + coordinated.id()))
        .thenApply(note -> {
          events.publish(hide ? "note.hidden" : "note.restored", note.organization(), note, "", at);
          return note;
        });
  }

  public CompletionStage<FieldNote> read(Caller caller, String noteId) {
    var local = noteId(noteId);
    return repository.byId(local).thenApply(found -> found
        .filter(n -> !n.hidden() || caller.has(Scope.COORDINATOR))
        .map(n -> {
          requireReader(caller, n.owner());
          return n;
        })
        .orElseThrow(() -> new NotFound("id", "no field note has this id")));
  }

  /** The notes about each target key ({@code Service:<id>}), hidden ones only for coordinators who ask. */
  public CompletionStage<Map<String, List<FieldNote>>> about(Caller caller, Collection<String> targets,
      boolean withHidden) {
    return repository.about(targets, withHidden && caller.has(Scope.COORDINATOR));
  }

  /** The audit events of a note, for the coordinators who moderate it. */
  public CompletionStage<List<AuditEvent>> history(Caller caller, FieldNote note) {
    caller.require(Scope.COORDINATOR);
    return audit.about("FieldNote:" + note.id());
  }

  public Freshness freshness(FieldNote note) {
    var age = Duration.between(note.freshSince(), clock.instant());
    return age.compareTo(STALE_AFTER) >= 0 ? Freshness.STALE
        : age.compareTo(AGING_AFTER) >= 0 ? Freshness.AGING : Freshness.FRESH;
  }

  public long ageDays(FieldNote note) {
    return Duration.between(note.writtenAt(), clock.instant()).toDays();
  }

  public Instant now() {
    return clock.instant();
  }

  private Target target(String targetId, List<InvalidArgument> problems) {
    try {
      var id = GlobalId.decode(targetId, "input.targetId");
      if (!id.region().equals(region)) {
        problems.add(new InvalidArgument("input.targetId", "this is a record of region " + id.region()
            + "; write the note on that region's node / escriba la nota en el nodo de esa región"));
        return null;
      }
      return switch (id.type()) {
        case "Service" -> new Target(Target.Kind.SERVICE, id.localId());
        case "Organization" -> new Target(Target.Kind.ORGANIZATION, id.localId());
        default -> {
          problems.add(new InvalidArgument("input.targetId", "a note is about a Service or an Organization, not a "
              + id.type()));
          yield null;
        }
      };
    } catch (InvalidArgument e) {
      problems.add(e);
      return null;
    }
  }

  /** Documents or service categories of the ontology, by IRI, enl:name or label. */
  private List<String> concepts(List<String> terms, List<InvalidArgument> problems) {
    var iris = new LinkedHashSet<String>();
    var given = terms == null ? List.<String>of() : terms;
    for (int i = 0; i < given.size(); i++) {
      var term = given.get(i);
      var iri = ontology.resolve(term, Scheme.DOCUMENTS).or(() -> ontology.resolve(term, Scheme.SERVICE_CATEGORIES));
      if (iri.isEmpty()) {
        problems.add(new InvalidArgument("input.concepts[" + i + "]", "'" + term + "' no es un documento ni una"
            + " categoría de servicio de la ontología / is not a document or a service category of the ontology"
            + " (see documentTypes and concepts(scheme: SERVICE_CATEGORIES))"));
      } else {
        iris.add(iri.get());
      }
    }
    return List.copyOf(iris);
  }

  private static void throwIfAny(List<InvalidArgument> problems) {
    if (problems.size() == 1) {
      throw problems.getFirst();
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private static String noteId(String id) {
    return GlobalId.decode(id, "id").expect("FieldNote", "id").localId();
  }

  private static String organization(Caller caller) {
    return caller.organization().orElseThrow(() -> new Forbidden(
        "the token names no organization; notes are attributed to organizations"));
  }

  private static FieldNote done(Change<FieldNote> change, String argument, String missing) {
    return switch (change) {
      case Change.Done<FieldNote> done -> done.value();
      case Change.NotFound<FieldNote> gone -> throw new NotFound(argument, missing);
      case Change.NotOwned<FieldNote> foreign -> throw new Forbidden("this is not yours to change");
    };
  }

  private static FieldNote owned(Change<FieldNote> change, String forbidden) {
    return switch (change) {
      case Change.Done<FieldNote> done -> done.value();
      case Change.NotFound<FieldNote> gone -> throw new NotFound("id", "no visible field note has this id");
      case Change.NotOwned<FieldNote> foreign -> throw new Forbidden(forbidden);
    };
  }

  private static AuditEntry entry(Caller caller, String action, String noteId, List<String> fields) {
    return new AuditEntry(caller.subject(), caller.clientId(), caller.organization().orElse(""), action,
        "FieldNote:" + noteId, fields);
  }
}
