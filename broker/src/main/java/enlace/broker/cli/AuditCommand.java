package enlace.broker.cli;

import enlace.graph.Graph;
import enlace.graph.GraphSettings;
import enlace.graph.audit.AuditLog;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    Store store;

    static final class Store {
      @Option(names = "--data-dir", description = "Data directory of a stopped node with embedded Neo4j.")
      Path dataDir;

      @Option(names = "--neo4j-uri", description = "An external Neo4j (user and password from ENLACE_NEO4J_USER / _PASSWORD).")
      URI uri;
    }

    @Override
    public Integer call() {
      var settings = store.uri != null
          ? GraphSettings.external(store.uri, System.getenv("ENLACE_NEO4J_USER"), System.getenv("ENLACE_NEO4J_PASSWORD"))
          : GraphSettings.embedded(store.dataDir).withPageCacheBytes(16L << 20);
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
