package enlace.broker.cli;

import enlace.graph.Graph;
import enlace.graph.outbox.Outbox;
import enlace.graph.referral.ReferralTransitions;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "referrals",
    mixinStandardHelpOptions = true,
    description = "Look after the node's referrals.",
    subcommands = ReferralsCommand.Purge.class)
final class ReferralsCommand {

  @Command(
      name = "purge",
      mixinStandardHelpOptions = true,
      description = {
          "Erase what describes the person (client reference, documents, languages, household, approximate",
          "point, outcome and notes, contact) from referrals closed longer ago than the retention period,",
          "and from the messages to other regions' nodes (a delivered message keeps only its id, kind,",
          "referral and receipt); forget the receipts of messages received before it. Needs, municipality,",
          "statuses and reasons stay, for the counts coordinators see. Each referral purged is an audit",
          "event. With --data-dir the node must be stopped."})
  static final class Purge implements Callable<Integer> {

    private static final Pattern PERIOD = Pattern.compile("(\\d{1,5})([dh])");
    private static final int BATCH = 500;

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    StoreOptions store;

    @Option(names = "--older-than", defaultValue = "180d",
        description = "Retention period after a referral closes, in days (180d) or hours (72h);"
            + " default ${DEFAULT-VALUE}.")
    String olderThan;

    @Option(names = "--now", hidden = true, description = "The instant to count from (ISO-8601); tests set it.")
    String now;

    @Override
    public Integer call() {
      var retention = retention();
      var at = now == null ? Instant.now() : instant(now);
      var settings = store.settings();
      try (var graph = Graph.open(settings)) {
        var transitions = new ReferralTransitions(graph);
        int total = 0;
        int purged;
        do {
          purged = transitions.purge(at.minus(retention), at, BATCH).toCompletableFuture().join();
          total += purged;
        } while (purged == BATCH);
        long messages = new Outbox(graph).purge(at.minus(retention), at).toCompletableFuture().join();
        spec.commandLine().getOut().println("purged personal data from " + total + " referrals closed before "
            + at.minus(retention) + " and from " + messages + " messages to and from other regions' nodes");
        return 0;
      }
    }

    private Duration retention() {
      var m = PERIOD.matcher(olderThan);
      if (!m.matches()) {
        throw new ParameterException(spec.commandLine(), "--older-than: a number of days or hours, e.g. 180d or 72h");
      }
      long n = Long.parseLong(m.group(1));
      return m.group(2).equals("d") ? Duration.ofDays(n) : Duration.ofHours(n);
    }

    private Instant instant(String value) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--now: an ISO-8601 instant such as 2026-11-29T10:00:00Z");
      }
    }
  }
}
