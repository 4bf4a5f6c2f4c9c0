package nl.huurronde.bezwaar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;

import nl.huurronde.bestand.Privebestanden;
import nl.huurronde.bestand.Uitvoerbestand;
import nl.huurronde.brieven.Brief;
import nl.huurronde.brieven.BriefRenderer;
import nl.huurronde.brieven.BriefSamensteller;
import nl.huurronde.brieven.Briefbestanden;
import nl.huurronde.brieven.Handhavingsbrief;
import nl.huurronde.brieven.Verklaringen;
import nl.huurronde.intake.Waarden;
import nl.huurronde.regels.Bezwaartermijnen;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import nl.huurronde.voorstel.VoorstelVersie;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.stereotype.Component;

/**
 * The papers of a case besides the register's rows: the letters as sent (for the dossier), the "wij
 * handhaven ons voorstel" letter, and the tenant's scanned objection letter. Every file owner-only under
 * the run's folder, so {@code verwijder} deletes them with it (docs/bezwaar.md "Stukken").
 */
@Component
class Bezwaarstukken {

    /** The largest scan accepted: a letter of a few pages scanned at 300 dpi stays well below. */
    static final long SCAN_MAX = 20L * 1024 * 1024;

    private final BezwaarOpslag bezwaren;
    private final Verklaringen verklaringen;

    Bezwaarstukken(BezwaarOpslag bezwaren, Verklaringen verklaringen) {
        this.bezwaren = bezwaren;
        this.verklaringen = verklaringen;
    }

    /** {@code <run>/bezwaren/}: the case papers of the run (scans, dossiers). */
    static Path map(Ronde ronde) {
        return ronde.map().resolve("bezwaren");
    }

    static Path scan(Ronde ronde, Zaak zaak) {
        return map(ronde).resolve("scans").resolve(zaak.contractId() + "-zaak" + zaak.zaak() + ".pdf");
    }

    /** Next to the revised letters' folders in {@code <run>/bezwaar/}. */
    static Path handhavingsbrief(Ronde ronde, Zaak zaak) {
        return ronde.map().resolve("bezwaar").resolve(zaak.contractId() + "-zaak" + zaak.zaak() + "-handhaven.pdf");
    }

    /** The letter of a version as the tenant got it: its date and the version it replaced. */
    Brief brief(Ronde ronde, VoorstelVersie v) {
        LocalDate verzonden = ronde.verzenddatum();
        Integer vervangt = null;
        if (v.versie() > 1) {
            var rij = bezwaren.vind(ronde.runId(), v.contractId(), v.versie());
            verzonden = rij.map(BezwaarOpslag.BezwaarRij::verzenddatum).orElse(verzonden);
            vervangt = rij.map(BezwaarOpslag.BezwaarRij::vervangtVersie).orElse(v.versie() - 1);
        }
        var adres = bezwaren.adres(ronde.runId(), v.regel()).orElseThrow(() -> new RondeFout("contract "
                + v.contractId() + ": de huurdersregel ontbreekt in de databank"));
        return new BriefSamensteller(ronde.config()).brief(v, adres.geadresseerde(), verzonden, vervangt, false);
    }

    /**
     * The PDF of a version's letter as sent: the file the run or the bezwaar wrote when it is there (a regular
     * file, not a link), else the same letter rendered again from the stored version with its own date.
     */
    byte[] briefPdf(Ronde ronde, VoorstelVersie v) {
        Path bestand = v.versie() == 1 ? Briefbestanden.archiefbrief(ronde.map(), v.contractId())
                : BezwaarUitvoer.map(ronde.map(), v.contractId(), v.versie())
                        .resolve(BezwaarUitvoer.briefNaam(v.contractId(), v.versie()));
        if (Files.isRegularFile(bestand, LinkOption.NOFOLLOW_LINKS)) {
            try {
                return Files.readAllBytes(bestand);
            } catch (IOException e) {
                throw new RondeFout("kan de brief " + bestand + " niet lezen: " + e.getMessage());
            }
        }
        return new BriefRenderer(ronde.config().pdfa()).renderPdf(brief(ronde, v), verklaringen.voor(ronde.runId(), v));
    }

    /**
     * Writes the "wij handhaven ons voorstel" letter of a case the landlord puts to the Huurcommissie,
     * dated {@code datum}, answering the proposal that stands ({@code v}).
     */
    Path schrijfHandhaving(Ronde ronde, Zaak zaak, VoorstelVersie v, LocalDate datum) {
        LocalDate uiterlijk = zaak.teLaat() ? Bezwaartermijnen.huurderUiterlijk(zaak.ingangsdatum())
                : Bezwaartermijnen.indienenUiterlijk(zaak.ingangsdatum());
        byte[] pdf = Handhavingsbrief.render(brief(ronde, v), new Handhavingsbrief.Bezwaar(zaak.ontvangen(),
                Bezwaaruitleg.gronden(zaak), Bezwaaruitleg.feiten(v, zaak), zaak.teLaat(), uiterlijk), datum,
                ronde.config().pdfa());
        Path doel = handhavingsbrief(ronde, zaak);
        schrijf(doel, pdf);
        return doel;
    }

    /**
     * Stores the tenant's scanned objection letter with the case, replacing an earlier scan. Refused with
     * one line: a missing or unreadable file, one that is not a PDF, too large, encrypted or without pages.
     */
    Path bewaarScan(Ronde ronde, Zaak zaak, Path bestand) {
        String naam = Waarden.veilig(bestand.toString(), 200);
        if (!Files.isRegularFile(bestand)) {
            throw new RondeFout("scan " + naam + ": bestand niet gevonden");
        }
        byte[] inhoud;
        try {
            long grootte = Files.size(bestand);
            if (grootte > SCAN_MAX) {
                throw new RondeFout("scan " + naam + ": " + (grootte / (1024 * 1024)) + " MB is te groot (ten hoogste "
                        + SCAN_MAX / (1024 * 1024) + " MB); scan met een lagere resolutie of in grijstinten");
            }
            try (InputStream in = Files.newInputStream(bestand)) {
                byte[] kop = in.readNBytes(5);
                if (kop.length < 5 || !new String(kop, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                    throw new RondeFout("scan " + naam + ": geen PDF (het bestand begint niet met %PDF-); sla de scan "
                            + "op als PDF");
                }
            }
            inhoud = Files.readAllBytes(bestand);
        } catch (IOException e) {
            throw new RondeFout("scan " + naam + ": niet te lezen (" + e.getMessage() + ")");
        }
        try (PdfReader lezer = new PdfReader(inhoud)) {
            if (lezer.isEncrypted()) {
                throw new RondeFout("scan " + naam + ": de PDF is beveiligd met een wachtwoord; sla hem onbeveiligd op");
            }
            if (lezer.getNumberOfPages() < 1) {
                throw new RondeFout("scan " + naam + ": de PDF heeft geen pagina's");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RondeFout f) {
                throw f;
            }
            throw new RondeFout("scan " + naam + ": geen leesbare PDF (" + e.getMessage() + ")");
        }
        Path doel = scan(ronde, zaak);
        schrijf(doel, inhoud);
        return doel;
    }

    /** The scan of a case, or null. */
    static byte[] leesScan(Ronde ronde, Zaak zaak) {
        Path p = scan(ronde, zaak);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("kan de scan " + p + " niet lezen: " + e.getMessage(), e);
        }
    }

    /** Writes owner-only, whole or not at all, in an owner-only folder. */
    static void schrijf(Path doel, byte[] inhoud) {
        try {
            Privebestanden.maakMap(doel.toAbsolutePath().getParent());
            try (Uitvoerbestand bestand = Uitvoerbestand.open(doel)) {
                try (OutputStream uit = bestand.stroom()) {
                    uit.write(inhoud);
                }
                bestand.voltooi();
            }
        } catch (IOException e) {
            throw new RondeFout("kan " + doel + " niet schrijven: " + e.getMessage());
        }
    }
}
