package enlace.broker.graphql;

import enlace.broker.directory.GlobalId;
import enlace.broker.note.FieldNotes;
import enlace.broker.note.NoteEvents;
import enlace.broker.security.Scope;
import enlace.graph.audit.AuditEvent;
import enlace.graph.note.FieldNote;
import enlace.graph.organization.Organization;
import enlace.graph.service.Service;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.MappedBatchLoader;

/** Field notes in the API: their mutations, the nested fields that carry them (batched), their events. */
public final class NoteFetchers {

  private static final String LOADER = "fieldNotes";

  record EventView(String type, String id, String target, String organization, java.time.Instant at) {}

  private final FieldNotes notes;
  private final NoteEvents events;
  private final VocabularyFetchers vocabulary;

  public NoteFetchers(FieldNotes notes, NoteEvents events, enlace.ontology.Ontology ontology) {
    this.notes = notes;
    this.events = events;
    this.vocabulary = new VocabularyFetchers(ontology);
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type.dataFetcher("fieldNote", env -> on(env,
        notes.read(Access.caller(env), env.getArgument("id")))));
    wiring.type("Mutation", type -> type
        .dataFetcher("writeFieldNote", env -> {
          Map<String, Object> input = env.getArgument("input");
          @SuppressWarnings("unchecked")
          var concepts = (List<String>) input.get("concepts");
          return on(env, notes.write(Access.caller(env), (String) input.get("targetId"), (String) input.get("text"),
              concepts));
        })
        .dataFetcher("confirmFieldNote", env -> on(env, notes.judge(Access.caller(env), env.getArgument("id"),
            FieldNote.Verdict.Kind.CONFIRM)))
        .dataFetcher("disputeFieldNote", env -> on(env, notes.judge(Access.caller(env), env.getArgument("id"),
            FieldNote.Verdict.Kind.DISPUTE)))
        .dataFetcher("answerFieldNote", env -> on(env, notes.answer(Access.caller(env), env.getArgument("id"),
            env.getArgument("text"))))
        .dataFetcher("hideFieldNote", env -> on(env, notes.moderate(Access.caller(env), env.getArgument("id"), true,
            env.getArgument("reason"))))
        .dataFetcher("restoreFieldNote", env -> on(env, notes.moderate(Access.caller(env), env.getArgument("id"),
            false, env.getArgument("reason")))));
    wiring.type("Subscription", type -> type.dataFetcher("fieldNoteEvents", this::fieldNoteEvents));
    wiring.type("Service", type -> type.dataFetcher("fieldNotes", env -> notesAbout(env,
        "Service:" + env.<Service>getSource().id(), env.<Service>getSource().organizationId())));
    wiring.type("Organization", type -> type.dataFetcher("fieldNotes", env -> notesAbout(env,
        "Organization:" + env.<Organization>getSource().id(), env.<Organization>getSource().id())));
    wiring.type("FieldNote", type -> type
        .dataFetcher("id", env -> new GlobalId("FieldNote", note(env).region(), note(env).id()).encode())
        .dataFetcher("about", env -> note(env).target().kind() == FieldNote.Target.Kind.SERVICE
            ? env.getDataLoader(Loaders.SERVICE).load(note(env).target().id())
            : env.getDataLoader(Loaders.ORGANIZATION).load(note(env).target().id()))
        .dataFetcher("writtenBy", env -> note(env).organization())
        .dataFetcher("author", env -> env.getDataLoader(Loaders.ORGANIZATION).load(note(env).organization()))
        .dataFetcher("concepts", env -> note(env).concepts().stream()
            .flatMap(iri -> vocabulary.related(List.of(iri), "es").stream()).toList())
        .dataFetcher("ageDays", env -> Math.toIntExact(notes.ageDays(note(env))))
        .dataFetcher("freshness", env -> notes.freshness(note(env)).name())
        .dataFetcher("freshSince", env -> note(env).freshSince())
        .dataFetcher("confirmations", env -> note(env).count(FieldNote.Verdict.Kind.CONFIRM))
        .dataFetcher("disputes", env -> note(env).count(FieldNote.Verdict.Kind.DISPUTE))
        .dataFetcher("answer", env -> note(env).answer().orElse(null))
        .dataFetcher("hidden", env -> note(env).hidden())
        .dataFetcher("moderation", env -> Access.caller(env).has(Scope.COORDINATOR)
            ? note(env).moderation().orElse(null) : null)
        .dataFetcher("history", env -> on(env, notes.history(Access.caller(env), note(env)))));
    wiring.type("NoteVerdict", type -> type.dataFetcher("kind", env -> env.<FieldNote.Verdict>getSource().kind().name()));
    wiring.type("NoteAuditEvent", type -> type
        .dataFetcher("action", env -> env.<AuditEvent>getSource().entry().action())
        .dataFetcher("organization", env -> env.<AuditEvent>getSource().entry().organization())
        .dataFetcher("fields", env -> env.<AuditEvent>getSource().entry().fields()));
  }

  /** The notes about one target, batched with every other target of the request into one store call. */
  private CompletionStage<List<FieldNote>> notesAbout(DataFetchingEnvironment env, String target, String owner) {
    var caller = FieldNotes.requireReader(Access.caller(env), owner);
    boolean hidden = Boolean.TRUE.equals(env.getArgument("includeHidden"));
    RequestContext context = env.getGraphQlContext().get(RequestContext.class);
    DataLoader<String, List<FieldNote>> loader = env.getDataLoaderRegistry().computeIfAbsent(
        LOADER + (hidden ? ":hidden" : ""), name -> {
          MappedBatchLoader<String, List<FieldNote>> batch = keys ->
              RequestContext.onLoop(context.vertx(), notes.about(caller, keys, hidden));
          return DataLoaderFactory.newMappedDataLoader(batch);
        });
    return loader.load(target).thenApply(found -> found == null ? List.of() : found);
  }

  private EventPublisher<EventView> fieldNoteEvents(DataFetchingEnvironment env) {
    var caller = Access.authenticated(env);
    var organization = caller.organization().orElseThrow(() -> new enlace.broker.security.Forbidden(
        "the token names no organization; note events are for organizations"));
    FieldNotes.requireReader(caller, organization);
    RequestContext context = env.getGraphQlContext().get(RequestContext.class);
    return new EventPublisher<>(context.vertx(), listener -> events.listen(event -> {
      if (event.recipient().equals(organization)) {
        listener.accept(new EventView(event.type(), event.note(), event.target(), event.organization(), event.at()));
      }
    }));
  }

  private static FieldNote note(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static <T> CompletionStage<T> on(DataFetchingEnvironment env, CompletionStage<T> stage) {
    return QueryFetchers.on(env, stage);
  }
}
