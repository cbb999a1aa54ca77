package enlace.broker.cli;

import enlace.graph.Graph;
import enlace.graph.GraphException;
import enlace.graph.backup.StoreBackup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enlace backup}: the whole store into one file, from a stopped node or a running one. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Copia todo el almacén en un archivo (gzip de líneas JSON), con el nodo detenido o en marcha:"
        + " la copia es la de una sola transacción.",
        "Copies the whole store into one file (gzip of JSON lines), with the node stopped or running: the copy is"
        + " what one transaction saw. Restore it with 'enlace restore'."})
final class BackupCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  StoreOptions store;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "el archivo de la copia / the backup file")
  Path out;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    var partial = out.resolveSibling(out.getFileName() + ".partial");
    try (var graph = open(); var file = Files.newOutputStream(partial)) {
      var counts = StoreBackup.backup(graph, file, done -> {
        err.print("\r" + done + " registros / records");
        err.flush();
      });
      file.close();
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      err.println();
      spec.commandLine().getOut().println("copia en / backup in " + out + ": " + counts.nodes() + " nodos / nodes, "
          + counts.relationships() + " relaciones / relationships");
      return 0;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private Graph open() {
    try {
      return Graph.open(store.settingsBesideRunningNode());
    } catch (GraphException runningNodeGone) {
      return Graph.open(store.settings());
    }
  }
}
