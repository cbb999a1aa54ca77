package enlace.broker.cli;

import enlace.broker.node.Node;
import enlace.broker.node.NodeConfig;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;

/** Starts a node, waits until it answers, and keeps it up until the process is told to stop. */
final class RunningNode {

  private RunningNode() {}

  static int run(NodeConfig config, PrintWriter out, Runnable onReady) throws InterruptedException {
    var node = Node.start(config);
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      out.println("Stopping Enlace node...");
      out.flush();
      node.close();
      stopped.countDown();
    }, "enlace-stop"));
    out.println("Enlace is starting on " + node.baseUrl() + " (health: " + node.baseUrl() + "/health) ...");
    out.flush();
    try {
      node.ready().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the node could not start: " + e.getCause().getMessage(), e.getCause());
    }
    onReady.run();
    out.flush();
    stopped.await();
    return 0;
  }
}
