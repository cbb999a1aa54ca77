package enlace.broker.cli;

import enlace.graph.Graph;
import enlace.graph.backup.StoreBackup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enlace restore}: a backup into an empty store, checked against the backup's own counts. */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = {"Restaura una copia de 'enlace backup' en un almacén vacío (un directorio de datos nuevo) y"
        + " comprueba los conteos. Después: enlace audit verify.",
        "Restores a backup made by 'enlace backup' into an empty store (a new data directory) and checks the"
        + " counts. Then: enlace audit verify."})
final class RestoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  StoreOptions store;

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "la copia / the backup file")
  Path in;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    try (var graph = Graph.open(store.settings()); var file = Files.newInputStream(in)) {
      var counts = StoreBackup.restore(graph, file, done -> {
        err.print("\r" + done + " registros / records");
        err.flush();
      });
      err.println();
      spec.commandLine().getOut().println("restaurado / restored: " + counts.nodes() + " nodos / nodes, "
          + counts.relationships() + " relaciones / relationships");
      return 0;
    }
  }
}
