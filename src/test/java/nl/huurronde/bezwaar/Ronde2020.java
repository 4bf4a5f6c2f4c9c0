package nl.huurronde.bezwaar;

import nl.huurronde.PdfTekst;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;

/**
 * A completed run of the golden 2020 SWZ contracts in one database, and the bezwaar commands on it,
 * through the real command line (a fresh Spring context per command, as in production).
 */
final class Ronde2020 {

    final Huurronde huurronde;
    final Path uitvoer;
    final Path runMap;
    final String runId;

    Ronde2020(Huurronde huurronde, Path tmp) throws IOException {
        this.huurronde = huurronde;
        this.uitvoer = tmp.resolve("uit");
        Huurronde.Uitkomst u = huurronde.voer(Golden.run(uitvoer));
        assertThat(u.code()).as(u.toString()).isZero();
        this.runMap = Golden.runMap(uitvoer);
        this.runId = runMap.getFileName().toString();
    }

    Huurronde.Uitkomst bezwaar(String contract, String... correcties) {
        List<String> args = new ArrayList<>(List.of("bezwaar", "--run", runId, "--contract", contract));
        args.addAll(List.of(correcties));
        return huurronde.voer(args.toArray(String[]::new));
    }

    Huurronde.Uitkomst herdruk(String contract, String... extra) {
        List<String> args = new ArrayList<>(List.of("herdruk", "--run", runId, "--contract", contract));
        args.addAll(List.of(extra));
        return huurronde.voer(args.toArray(String[]::new));
    }

    /** A successful bezwaar: exit 0 and its folder. */
    Path bezwaarOk(String contract, String... correcties) {
        Huurronde.Uitkomst u = bezwaar(contract, correcties);
        assertThat(u.code()).as(u.toString()).isZero();
        return map(contract, versieUit(u));
    }

    Path map(String contract, int versie) {
        return runMap.resolve("bezwaar").resolve(contract + "-v" + versie);
    }

    /** The one audit row of a bezwaar folder. */
    static Map<String, String> audit(Path map) throws IOException {
        List<Map<String, String>> rijen = CsvBestand.lees(map.resolve("audit.csv"));
        assertThat(rijen).hasSize(1);
        return rijen.get(0);
    }

    /** The one correction row of a bezwaar folder. */
    static Map<String, String> financieel(Path map) throws IOException {
        List<Map<String, String>> rijen = CsvBestand.lees(map.resolve("financieel.csv"));
        assertThat(rijen).hasSize(1);
        return rijen.get(0);
    }

    Map<String, Map<String, String>> runAudit() throws IOException {
        return CsvBestand.perSleutel(runMap.resolve("audit.csv"), "contract_id");
    }

    /** The text of a PDF, read back with PDFBox, line breaks as spaces. */
    static String pdfTekst(Path pdf) {
        return PdfTekst.lees(pdf).plat();
    }

    private static int versieUit(Huurronde.Uitkomst u) {
        var m = java.util.regex.Pattern.compile("versie (\\d+) vervangt").matcher(u.uit());
        assertThat(m.find()).as(u.toString()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
