package enlace.broker.cli;

import enlace.connectors.gazetteer.Gazetteer;
import enlace.connectors.template.ServiceTemplate;
import enlace.ontology.Ontology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enlace template}: the spreadsheet an office fills in, as a node serves it. */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = {"Escribe la plantilla de Excel para el directorio de una oficina, con las listas del vocabulario.",
        "Writes the Excel template for an office's directory, with the vocabulary's lists."})
final class TemplateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "plantilla-servicios.xlsx",
      description = "el archivo / the file (default: ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (var file = Files.newOutputStream(out)) {
      new ServiceTemplate(Ontology.load(), Gazetteer.bundled()).write(file);
    }
    spec.commandLine().getOut().println("plantilla escrita en / template written to " + out);
    return 0;
  }
}
