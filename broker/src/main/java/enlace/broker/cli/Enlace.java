package enlace.broker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The node's command line. */
@Command(
    name = "enlace",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
        "Enlace: a federated directory and referral broker for the services migrants in Mexico need.",
        "Start with 'enlace demo' to try a node with real municipalities and demo data."},
    subcommands = {DemoCommand.class, ServeCommand.class, AuditCommand.class, TokenCommand.class,
        ReferralsCommand.class, ImportCommand.class, ExportCommand.class, SchemaCommand.class, BackupCommand.class, RestoreCommand.class,
        TemplateCommand.class,
        CommandLine.HelpCommand.class})
public final class Enlace {

  public static void main(String[] args) {
    if ("json".equalsIgnoreCase(System.getenv("ENLACE_LOG_FORMAT"))) {
      System.setProperty("log4j2.configurationFile", "log4j2-json.xml");
    }
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    var cli = new CommandLine(new Enlace());
    cli.setExecutionExceptionHandler((error, command, parsed) -> {
      command.getErr().println(command.getColorScheme().errorText("enlace: " + error.getMessage()));
      return 1;
    });
    return cli;
  }
}
