package enlace.broker.cli;

import enlace.graph.Graph;
import enlace.graph.audit.AuditLog;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Work with the node's append-only audit log.",
    subcommands = AuditCommand.Verify.class)
final class AuditCommand {

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
          "Walk the hash chain of the audit log and report the first event that was altered, removed or",
          "unlinked. Exit code 0 when the chain holds, 1 when it does not. With --data-dir the node must be",
          "stopped (the embedded Neo4j allows one process at a time)."})
  static final class Verify implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    StoreOptions store;

    @Override
    public Integer call() {
      var settings = store.settings();
      var out = spec.commandLine().getOut();
      try (var graph = Graph.open(settings)) {
        var check = new AuditLog(graph).verify().toCompletableFuture().join();
        if (check.isIntact()) {
          out.println("audit chain intact: " + check.events() + " events");
          return 0;
        }
        out.println("audit chain BROKEN at event " + check.brokenAt().orElseThrow() + ": " + check.reason()
            + " (" + check.events() + " events verified before it)");
        return 1;
      }
    }
  }
}
