package enlace.ontology;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ModuleFaceTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("enlace.ontology");

    @Test
    void shouldKnowNothingOfTheOtherModules() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("enlace.graph..", "enlace.connectors..", "enlace.broker..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepThePublicFaceSmall() {
        Set<String> publicTypes = CLASSES.stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> c.getEnclosingClass().isEmpty())
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toSet());

        assertEquals(Set.of("Ontology", "Concept", "Scheme", "Vocabulary", "OntologyException", "ValidationReport",
                "SparqlAnswer", "RecordFacts", "DocumentFacts", "Words", "WordMatch", "ValueMapping"), publicTypes);
    }
}
