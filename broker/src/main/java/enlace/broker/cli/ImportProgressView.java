package enlace.broker.cli;

import enlace.connectors.imports.Importer;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar with counts and rate on a terminal; a plain line per tenth of the records otherwise. */
final class ImportProgressView implements Importer.Progress, AutoCloseable {

  private final PrintWriter out;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private ProgressBar bar;
  private int lastTenth = -1;

  ImportProgressView(PrintWriter out) {
    this.out = out;
    this.terminal = isTerminal();
  }

  /** From JDK 22 a console exists also when output is redirected; Console.isTerminal tells them apart. */
  private static boolean isTerminal() {
    var console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @Override
  public synchronized void advanced(int done, int total) {
    if (terminal) {
      if (bar == null) {
        bar = new ProgressBarBuilder().setTaskName("Importing").setInitialMax(total).showSpeed()
            .setUnit(" records", 1).setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
      }
      bar.stepTo(done);
      return;
    }
    int tenth = total == 0 ? 10 : done * 10 / total;
    if (tenth > lastTenth) {
      lastTenth = tenth;
      double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
      out.printf("%3d%%  %,d of %,d records  (%,.0f records/s)%n", tenth * 10, done, total, done / seconds);
      out.flush();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
