package enlace.broker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the node's command line in this JVM, as tests of other packages need it. */
public final class CommandLines {

  private CommandLines() {}

  /** What the command printed; fails unless it exits with {@code expectedExit}. */
  public static String run(int expectedExit, String... args) {
    var out = new StringWriter();
    var cli = Enlace.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    assertEquals(expectedExit, cli.execute(args), out::toString);
    return out.toString();
  }
}
