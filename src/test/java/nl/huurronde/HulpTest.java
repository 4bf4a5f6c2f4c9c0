package nl.huurronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.huurronde.opdracht.Invoeropties;
import nl.huurronde.opdracht.Opdracht;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code huurronde <opdracht> --help} for every command, without a database (issue #24 item 11). */
class HulpTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"run", "simulatie", "genereer", "vergelijk", "bezwaar", "herdruk", "status", "verwijder",
            "definitief", "web", "gebruiker", "help"})
    void elkeOpdrachtBeantwoordtHelpMetOptiesEnVoorbeeld(String opdracht) {
        for (String vraag : new String[] {"--help", "-h"}) {
            Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(opdracht, vraag);
            assertThat(u.code()).as(u.toString()).isZero();
            assertThat(u.fout()).isEmpty();
            assertThat(u.uit()).startsWith("gebruik: huurronde " + opdracht + " ")
                    .contains("\nvoorbeeld:\n  huurronde " + opdracht + " ");
            for (Hulp.Optie optie : Hulpteksten.van(opdracht).opties()) {
                assertThat(u.uit()).as(opdracht).containsPattern("\n  --" + optie.naam() + "( \\S+)? {2,}\\S");
            }
        }
        assertThat(tmp.resolve("data")).as("geen databank gestart").doesNotExist();
    }

    @Test
    void runHelpNoemtDeOptiesDieRunKentEnDeExitcodes() {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("run", "--job", "jobs/2026.yml", "--help");
        assertThat(u.code()).as(u.toString()).isZero();
        assertThat(u.uit()).contains("  --job BESTAND", "  --encoding E", "  --wet WETBESTAND", "  --opnieuw ",
                "  --inkomenscategorie F", "voorbeeld:\n  huurronde run --job jobs/2026.yml",
                "exitcode: 0 voltooid zonder afwijzingen, 3 voltooid met afwijzingen (zie afgewezen.csv), 1 mislukt");
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void helpMetEenOpdrachtIsDieOpdrachtsHelp() {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("help", "bezwaar");
        assertThat(u.code()).as(u.toString()).isZero();
        assertThat(u.uit()).isEqualTo(Hulpteksten.van("bezwaar").tekst());
    }

    @Test
    void helpVanEenOnbekendeOpdrachtIsEenGebruiksfout() {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("rum", "--help");
        assertThat(u.code()).as(u.toString()).isEqualTo(2);
        assertThat(u.fout()).startsWith("fout: onbekende opdracht 'rum'");
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void hetOverzichtNoemtElkeOpdracht() {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("help");
        assertThat(u.code()).isZero();
        Hulpteksten.alle().values().stream().filter(h -> !h.naam().equals("help"))
                .forEach(h -> assertThat(u.uit()).contains(h.kort()));
        assertThat(u.uit()).contains("huurronde <opdracht> --help", "3 run of simulatie voltooid met afwijzingen");
    }

    /** The help cannot drift from what a command accepts: each Opdracht bean has an entry with exactly its options. */
    @Test
    void elkeOpdrachtBeanHeeftHulpMetPreciesZijnOpties() {
        try (ConfigurableApplicationContext context = new SpringApplication(HuurrondeApplication.class)
                .run("--huurronde.data=" + tmp.resolve("context").toAbsolutePath())) {
            Map<String, Opdracht> beans = context.getBeansOfType(Opdracht.class).values().stream()
                    .collect(Collectors.toMap(Opdracht::naam, o -> o));
            assertThat(beans).isNotEmpty();
            beans.forEach((naam, opdracht) -> {
                Hulp hulp = Hulpteksten.van(naam);
                assertThat(hulp).as("Hulpteksten mist opdracht " + naam).isNotNull();
                assertThat(hulp.optienamen()).as(naam).containsExactlyInAnyOrderElementsOf(opdracht.opties());
            });
            assertThat(Hulpteksten.alle().keySet()).containsAll(beans.keySet())
                    .containsOnly(Stream.concat(beans.keySet().stream(),
                            Stream.of("run", "simulatie", "genereer", "inkomensverzoek", "web", "help"))
                            .toArray(String[]::new));
        }
        assertThat(Hulpteksten.van("run").optienamen()).containsAll(Invoeropties.NAMEN)
                .isEqualTo(Hulpteksten.van("simulatie").optienamen());
    }
}
