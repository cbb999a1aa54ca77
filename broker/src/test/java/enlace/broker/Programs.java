package enlace.broker;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine's programs the tests run (node, npm, npx): whether they are there, and one run's exit and output. */
public final class Programs {

  /** How a program ended (-1 when it ran out of time and was killed) and all it printed. */
  public record Run(int exit, String output) {}

  private Programs() {}

  public static Run run(List<String> command, Path directory, int seconds) throws IOException, InterruptedException {
    var log = Files.createTempFile("enlace-program", ".log");
    var process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly();
    }
    var output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    return new Run(done ? process.exitValue() : -1, output);
  }

  public static boolean onPath(String program) {
    for (var dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
