package enlace.graph;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Neo4j's own {@code neo4j-admin dbms set-initial-password}, run in-process on a store that has never
 * started: its first start then creates the user with this password instead of the well-known default.
 */
final class InitialPassword {

  private InitialPassword() {}

  static void write(Path home, String password) {
    var quiet = new PrintStream(OutputStream.nullOutputStream());
    var errors = new ByteArrayOutputStream();
    try (var fs = new DefaultFileSystemAbstraction()) {
      var context = new ExecutionContext(home.toAbsolutePath(), home.toAbsolutePath().resolve("conf"), quiet,
          new PrintStream(errors), fs);
      int exit = new CommandLine(new SetInitialPasswordCommand(context)).execute(password);
      if (exit != 0) {
        throw new GraphException("cannot set the initial password of the embedded Neo4j: " + errors);
      }
    }
  }
}
