package enlace.broker.cli;

import enlace.graph.Graph;
import enlace.graph.audit.AuditAnchor;
import enlace.graph.audit.AuditLog;
import enlace.graph.audit.ChainCheck;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Work with the node's append-only audit log.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Anchor.class})
final class AuditCommand {

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
          "Walk the hash chain of the audit log and report the first event that was altered, removed or",
          "unlinked, and whether the head still names the last event. With --anchor (a head printed earlier by",
          "'enlace audit anchor' and kept outside the node) it also proves the chain still holds that event.",
          "Exit code 0 when the chain holds, 1 when it does not. With --data-dir the node must be stopped",
          "(the embedded Neo4j allows one process at a time)."})
  static final class Verify extends OnStore {

    @Option(names = "--anchor", paramLabel = "SEQ:HASH",
        description = "An earlier head of the chain that the chain must still hold.", converter = AnchorText.class)
    AuditAnchor anchor;

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      try (var graph = Graph.open(store.settings())) {
        var check = new AuditLog(graph).verify(Optional.ofNullable(anchor)).toCompletableFuture().join();
        if (!check.isIntact()) {
          report(out, check);
          return 1;
        }
        out.println("audit chain intact: " + check.events() + " events"
            + (anchor == null ? "" : "; it still holds the anchor " + anchor));
        return 0;
      }
    }
  }

  @Command(
      name = "anchor",
      mixinStandardHelpOptions = true,
      description = {
          "Print the head of the audit chain as SEQ:HASH (the last event's number and hash) after verifying the",
          "chain. Keep it outside the node (a ticket, a signed e-mail, another machine): 'enlace audit verify",
          "--anchor SEQ:HASH' later proves that no event up to it was removed or rewritten. Exit code 1, and no",
          "anchor, when the chain is already broken."})
  static final class Anchor extends OnStore {

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      try (var graph = Graph.open(store.settings())) {
        var log = new AuditLog(graph);
        var check = log.verify().toCompletableFuture().join();
        if (!check.isIntact()) {
          report(spec.commandLine().getErr(), check);
          return 1;
        }
        out.println(log.head().toCompletableFuture().join());
        return 0;
      }
    }
  }

  /** What both subcommands take: the store to open (a stopped node's data directory, or a URI). */
  abstract static class OnStore implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    StoreOptions store;
  }

  private static void report(PrintWriter out, ChainCheck check) {
    out.println("audit chain BROKEN at event " + check.brokenAt().orElseThrow() + ": " + check.reason()
        + " (" + check.events() + " events verified before it)");
  }

  /** {@code --anchor SEQ:HASH}, with the expected form in the message when it is not one. */
  static final class AnchorText implements ITypeConverter<AuditAnchor> {
    @Override
    public AuditAnchor convert(String value) {
      try {
        return AuditAnchor.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
