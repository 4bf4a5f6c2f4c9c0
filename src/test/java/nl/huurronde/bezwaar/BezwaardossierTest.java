package nl.huurronde.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import nl.huurronde.regels.Reden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The Huurcommissie dossier, the scanned objection letter and the "wij handhaven ons voorstel" letter
 * (issues #21 §2 and #24 item 3) through the real commands on the golden 2020 round: the files read back
 * with PDFBox, owner-only, refused in every state but voorleggen and ingediend, deleted with the run.
 */
class BezwaardossierTest {

    @TempDir
    Path tmp;

    @Test
    void dossierMetScanEnDeBriefWijHandhaven() throws IOException {
        Ronde2020 ronde = new Ronde2020(Huurronde.h2(tmp.resolve("data")), tmp);
        Path scan = scan(tmp.resolve("scan-G01.pdf"), "Geachte verhuurder, ik maak bezwaar tegen de huurverhoging.",
                "Mijn dochter is chronisch ziek. Kenmerk SCANBRIEF-G01.");

        // A scan that is not a PDF refuses the registration as a whole: nothing is recorded.
        Path tekst = Files.writeString(tmp.resolve("bezwaar.txt"), "geen pdf");
        geweigerd(voer(ronde, "registreer", "G01", "--ontvangen", "2020-05-10", "--scan", tekst.toString()),
                "geen PDF");
        geweigerd(voer(ronde, "registreer", "G01", "--ontvangen", "2020-05-10", "--scan",
                tmp.resolve("weg.pdf").toString()), "bestand niet gevonden");
        Path kapot = Files.write(tmp.resolve("kapot.pdf"), "%PDF-1.4 dit is geen echte pdf".getBytes());
        geweigerd(voer(ronde, "registreer", "G01", "--ontvangen", "2020-05-10", "--scan", kapot.toString()),
                "geen leesbare PDF");

        ok(voer(ronde, "registreer", "G01", "--ontvangen", "2020-05-10", "--grond", "CHRONISCH_ZIEK", "--grond",
                "INKOMEN", "--toelichting", "diagnose volgens huisarts", "--scan", scan.toString()));
        Path bewaard = ronde.runMap.resolve("bezwaren/scans/G01-zaak1.pdf");
        assertThat(bewaard).exists();
        alleenEigenaar(bewaard);

        // No dossier before the case is put to the Huurcommissie, nor without a case.
        geweigerd(dossier(ronde, "G01"), "is ontvangen sinds 2020-05-10");
        geweigerd(dossier(ronde, "G02"), "heeft geen bezwaar");

        // voorleggen writes the letter "Wij handhaven ons voorstel".
        Huurronde.Uitkomst v = ok(voer(ronde, "voorleggen", "G01", "--datum", "2020-06-20"));
        Path brief = ronde.runMap.resolve("bezwaar/G01-zaak1-handhaven.pdf");
        assertThat(v.uit()).contains("wij handhaven ons voorstel", brief.toString(), "indienen bij de Huurcommissie "
                + "uiterlijk 2020-08-11");
        alleenEigenaar(brief);
        String handhaven = Ronde2020.pdfTekst(brief);
        assertThat(handhaven).contains("Uw bezwaar: wij handhaven ons voorstel per 1 juli 2020",
                "Op 10 mei 2020 ontvingen wij uw bezwaar", "Wij handhaven ons voorstel.",
                "iemand in uw huishouden chronisch ziek of gehandicapt is",
                "van € 500,00 naar € 520,50 per maand", "De maximale kale huur van uw woning is € 800,00",
                Reden.INKOMEN_ONDER_GRENS.zin(), "Dat doen wij uiterlijk 11 augustus 2020",
                "(artikel 7:253 lid 1 Burgerlijk Wetboek)",
                "Tot de Huurcommissie uitspraak doet, betaalt u uw huidige kale huur van € 500,00 per maand",
                "Datum 20 juni 2020")
                .doesNotContain("Herzien voorstel", "Doe dit vóór", "diagnose volgens huisarts");

        // The dossier: cover, grounds in words, the scan, the computation, the letter as sent.
        Huurronde.Uitkomst d = ok(dossier(ronde, "G01"));
        Path pad = ronde.runMap.resolve("bezwaren/dossier-G01.pdf");
        assertThat(d.uit()).contains("dossier: " + pad, "met scan van de bezwaarbrief", "indienen uiterlijk 2020-08-11");
        alleenEigenaar(pad);
        PdfTekst.bewaar(pad, "dossier-G01.pdf");
        PdfTekst.bewaar(brief, "handhaven-G01.pdf");
        PdfTekst gelezen = PdfTekst.lees(pad);
        String dossier = gelezen.plat();
        assertThat(dossier).contains("Dossier voor de Huurcommissie", "Contractnummer G01", "VHE-nummer VHE0001",
                "Huurder Fam. Voorbeeld", "Thorbeckegracht 1", "Run " + ronde.runId,
                "Ontvangen 10 mei 2020 per brief (op tijd: vóór de ingangsdatum)",
                "Indienen uiterlijk 11 augustus 2020 (zes weken na de ingangsdatum 1 juli 2020)",
                "Status voorleggen sinds 20 juni 2020", "geregistreerd: ontvangen per brief, gronden CHRONISCH_ZIEK|INKOMEN",
                "scan van de bezwaarbrief bewaard", "brief 'wij handhaven ons voorstel'",
                "chronische ziekte of handicap van de huurder of een huisgenoot", "het huishoudinkomen (inkomenscategorie)",
                "diagnose volgens huisarts", "Kenmerk SCANBRIEF-G01", "De berekening toegelicht",
                Reden.INKOMEN_ONDER_GRENS.zin(), nl.huurronde.regels.Soort.REGULIER.zin(),
                "Wettelijk maximum 2020 5,10% (Regulier)", "Huursom ten hoogste", "Huursomcap c",
                "Nieuwe kale huur € 520,50 per maand vanaf 1 juli 2020", "Maximale huur € 800,00");
        // in that order: the scan after the grounds, the computation before the letter
        assertThat(dossier.indexOf("Toelichting van de huurder")).isLessThan(dossier.indexOf("SCANBRIEF-G01"));
        assertThat(dossier.indexOf("SCANBRIEF-G01")).isLessThan(dossier.indexOf("De berekening toegelicht"));
        // the proposal letter as sent, whole, at the end
        String origineel = Ronde2020.pdfTekst(ronde.runMap.resolve("brieven/G01.pdf")).strip();
        assertThat(dossier.indexOf(origineel)).isGreaterThan(dossier.indexOf("De berekening toegelicht"));
        assertThat(gelezen.paginas()).isEqualTo(3 + 1 + PdfTekst.lees(ronde.runMap.resolve("brieven/G01.pdf")).paginas());

        // After filing, the dossier names the Huurcommissie's case number.
        ok(voer(ronde, "indienen", "G01", "--datum", "2020-07-20", "--zaaknummer", "HC-2020-17"));
        assertThat(PdfTekst.lees(ok(dossier(ronde, "G01")).uit().lines().filter(l -> l.contains("dossier: "))
                .map(l -> Path.of(l.substring(l.indexOf("dossier: ") + 9))).findFirst().orElseThrow()).plat())
                .contains("zaaknummer Huurcommissie HC-2020-17", "Status ingediend sinds 20 juli 2020");

        // A scan added later; --uit writes elsewhere.
        ok(voer(ronde, "registreer", "G04", "--ontvangen", "2020-06-02", "--kanaal", "email", "--grond", "HUISHOUDEN"));
        ok(ronde.huurronde.voer("bezwaar", "scan", "--run", ronde.runId, "--contract", "G04", "--bestand",
                scan(tmp.resolve("later.pdf"), "Tweede brief KENMERK-LATER-G04").toString()));
        geweigerd(ronde.huurronde.voer("bezwaar", "scan", "--run", ronde.runId, "--contract", "G04", "--bestand",
                tekst.toString()), "geen PDF");
        ok(voer(ronde, "voorleggen", "G04", "--datum", "2020-06-25"));
        Path elders = tmp.resolve("dossiers");
        ok(ronde.huurronde.voer("bezwaar", "dossier", "--run", ronde.runId, "--contract", "G04", "--uit",
                elders.toString()));
        String g04 = PdfTekst.lees(elders.resolve("dossier-G04.pdf")).plat();
        assertThat(g04).contains("KENMERK-LATER-G04", "per e-mail", "het huishouden is veranderd of anders samengesteld",
                "Geen toelichting vastgelegd.", Reden.BUITEN_HUURSOM_IAH.zin(), "Wettelijk maximum 2020");
        alleenEigenaar(elders.resolve("dossier-G04.pdf"));

        // A granted case has no dossier.
        ok(voer(ronde, "registreer", "G05", "--ontvangen", "2020-05-20"));
        ok(voer(ronde, "toekennen", "G05", "--maximale-huur", "600.00"));
        geweigerd(dossier(ronde, "G05"), "is toegekend sinds");

        // A bezwaar that changes nothing: exit 1, pointing to voorleggen and its letter.
        Huurronde.Uitkomst niets = ronde.bezwaar("G02", "--maximale-huur", "800.00");
        geweigerd(niets, "bezwaar verandert niets");
        assertThat(niets.fout()).contains("'huurronde bezwaar voorleggen'", "'Wij handhaven ons voorstel'");

        // A late objection: the landlord does not file, the tenant may ask the Huurcommissie until four months.
        ok(voer(ronde, "registreer", "G06", "--ontvangen", "2020-07-02"));
        Huurronde.Uitkomst laat = ok(voer(ronde, "voorleggen", "G06", "--datum", "2020-07-06"));
        assertThat(laat.uit()).doesNotContain("indienen bij de Huurcommissie uiterlijk");
        assertThat(Ronde2020.pdfTekst(ronde.runMap.resolve("bezwaar/G06-zaak1-handhaven.pdf"))).contains(
                "Wij handhaven ons voorstel.", "Uw bezwaar kwam bij ons binnen op of na de ingangsdatum van 1 juli 2020",
                "Daarom vragen wij de Huurcommissie niet zelf om een uitspraak", "tot en met 31 oktober 2020",
                Reden.HUISHOUDEN_4_PLUS.zin()).doesNotContain("Dat doen wij uiterlijk", "U maakte bezwaar omdat");
        ok(dossier(ronde, "G06"));
        assertThat(PdfTekst.lees(ronde.runMap.resolve("bezwaren/dossier-G06.pdf")).plat()).contains(
                "(te laat: op of na de ingangsdatum)", "Indienen uiterlijk niet van toepassing (te laat bezwaar); de "
                        + "huurder kan de Huurcommissie tot en met 31 oktober 2020 zelf vragen");
        // The free sector: no Huurcommissie for the yearly increase, the court.
        ok(voer(ronde, "registreer", "G16", "--ontvangen", "2020-05-15", "--grond", "OVERIG"));
        ok(voer(ronde, "voorleggen", "G16", "--datum", "2020-06-01"));
        assertThat(Ronde2020.pdfTekst(ronde.runMap.resolve("bezwaar/G16-zaak1-handhaven.pdf"))).contains(
                "Wij handhaven ons voorstel.", "doet de Huurcommissie geen uitspraak", "de kantonrechter",
                "u een andere reden noemde.").doesNotContain("Dat doen wij uiterlijk");

        // Nothing of it in the log or the console: no free text.
        for (Huurronde.Uitkomst u : List.of(v, d)) {
            assertThat(u.uit() + u.fout()).doesNotContain("huisarts", "SCANBRIEF");
        }

        // verwijder deletes the scans and the dossiers with the run.
        Huurronde.Uitkomst weg = ronde.huurronde.voer("verwijder", "--run", ronde.runId, "--bevestig", "--nu");
        assertThat(weg.code()).as(weg.toString()).isZero();
        assertThat(bewaard).doesNotExist();
        assertThat(pad).doesNotExist();
        assertThat(brief).doesNotExist();
    }

    /** A scanned letter: a real PDF with these lines. */
    static Path scan(Path doel, String... regels) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, uit);
        document.open();
        for (String r : regels) {
            document.add(new Paragraph(r));
        }
        document.close();
        return Files.write(doel, uit.toByteArray());
    }

    private static Huurronde.Uitkomst voer(Ronde2020 ronde, String stap, String contract, String... rest) {
        List<String> args = new ArrayList<>(List.of("bezwaar", stap, "--run", ronde.runId, "--contract", contract,
                "--door", "J. de Vries"));
        args.addAll(List.of(rest));
        return ronde.huurronde.voer(args.toArray(String[]::new));
    }

    private static Huurronde.Uitkomst dossier(Ronde2020 ronde, String contract) {
        return ronde.huurronde.voer("bezwaar", "dossier", "--run", ronde.runId, "--contract", contract);
    }

    private static Huurronde.Uitkomst ok(Huurronde.Uitkomst u) {
        assertThat(u.code()).as(u.toString()).isZero();
        return u;
    }

    private static void geweigerd(Huurronde.Uitkomst u, String melding) {
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout()).as(u.toString()).contains(melding);
        assertThat(u.fout().strip().lines().count()).as(u.toString()).isEqualTo(1);
    }

    private static void alleenEigenaar(Path p) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rw-------");
    }
}
