package nl.huurronde;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages' dependencies point one way (docs/architecture.md): no cycles between packages, the
 * application class on top, the rules plain Java that knows nothing of Spring, files or databases, and
 * the infrastructure below the steps that use it.
 */
class ArchitectuurTest {

    private static final JavaClasses KLASSEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.huurronde");

    @Test
    void geenKringenTussenPakketten() {
        slices().matching("nl.huurronde.(*)..").should().beFreeOfCycles().check(KLASSEN);
    }

    @Test
    void niemandHangtAfVanHetToepassingspakket() {
        noClasses().that().resideOutsideOfPackage("nl.huurronde")
                .should().dependOnClassesThat().resideInAPackage("nl.huurronde")
                .check(KLASSEN);
    }

    @Test
    void deRegelsZijnGewoonJava() {
        noClasses().that().resideInAPackage("nl.huurronde.regels..")
                .should().dependOnClassesThat().resideOutsideOfPackages("nl.huurronde.regels..", "java.lang..",
                        "java.math..", "java.time..", "java.util..")
                .check(KLASSEN);
    }

    @Test
    void infrastructuurEnRunregisterKennenDeStappenNiet() {
        noClasses().that().resideInAnyPackage("nl.huurronde.batch..", "nl.huurronde.register..",
                        "nl.huurronde.bestand..", "nl.huurronde.beleid..", "nl.huurronde.contract..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.huurronde.intake..", "nl.huurronde.voorstel..",
                        "nl.huurronde.huursom..", "nl.huurronde.brieven..", "nl.huurronde.uitvoer..",
                        "nl.huurronde.ronde..", "nl.huurronde.bezwaar..", "nl.huurronde.simulatie..",
                        "nl.huurronde.vergelijk..", "nl.huurronde.rapport..")
                .check(KLASSEN);
    }

    /** Only the web command activates the desk: every bean of package balie has the profile balie. */
    @Test
    void deBalieBestaatAlleenInHetProfielBalie() {
        classes().that().resideInAPackage("nl.huurronde.balie..")
                .and().areMetaAnnotatedWith(org.springframework.stereotype.Component.class)
                .should().beAnnotatedWith(org.springframework.context.annotation.Profile.class)
                .check(KLASSEN);
        noClasses().that().resideOutsideOfPackages("nl.huurronde.balie..", "nl.huurronde")
                .should().dependOnClassesThat().resideInAPackage("nl.huurronde.balie..")
                .check(KLASSEN);
        noClasses().that().resideOutsideOfPackage("nl.huurronde.balie..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.security.web..",
                        "org.springframework.security.config..", "org.springframework.web..", "org.thymeleaf..")
                .check(KLASSEN);
    }
}
