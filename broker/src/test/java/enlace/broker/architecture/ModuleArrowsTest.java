package enlace.broker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies run broker → connectors → graph, ontology, and never back. */
class ModuleArrowsTest {

  private static JavaClasses enlace;

  @BeforeAll
  static void importClasses() {
    enlace = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("enlace");
  }

  @Test
  void graphKnowsNothingOfTheOtherModulesNorOfJena() {
    noClasses().that().resideInAPackage("enlace.graph..")
        .should().dependOnClassesThat().resideInAnyPackage("enlace.ontology..", "enlace.connectors..",
            "enlace.broker..", "org.apache.jena..", "io.vertx..")
        .check(enlace);
  }

  @Test
  void ontologyKnowsNothingOfTheOtherModules() {
    noClasses().that().resideInAPackage("enlace.ontology..")
        .should().dependOnClassesThat().resideInAnyPackage("enlace.graph..", "enlace.connectors..",
            "enlace.broker..", "org.neo4j..", "io.vertx..")
        .check(enlace);
  }

  @Test
  void connectorsDoNotReachBackIntoTheBroker() {
    noClasses().that().resideInAPackage("enlace.connectors..")
        .should().dependOnClassesThat().resideInAnyPackage("enlace.broker..", "io.vertx..")
        .check(enlace);
  }

  @Test
  void onlyTheGraphModuleTalksToNeo4j() {
    noClasses().that().resideOutsideOfPackage("enlace.graph..")
        .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..")
        .check(enlace);
  }
}
