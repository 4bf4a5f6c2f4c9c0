package nl.huurronde.bezwaar;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import nl.huurronde.bestand.Uitvoerbestand;
import nl.huurronde.brieven.BriefRenderer;
import nl.huurronde.brieven.BriefSamensteller;
import nl.huurronde.brieven.Verklaringen;
import nl.huurronde.intake.OngeldigeWaarde;
import nl.huurronde.intake.Waarden;
import nl.huurronde.opdracht.Opdracht;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import nl.huurronde.ronde.RondeToestand;
import nl.huurronde.voorstel.VoorstelVersie;
import org.springframework.stereotype.Component;

/**
 * {@code huurronde herdruk --run <run_id> --contract <id> [--versie n]}: the letter of the latest (or
 * the given) version again, with the same date and text, marked as copy. Written to
 * {@code <run>/herdruk/<contract_id>-v<n>-kopie.pdf}; the run's own letters are not touched.
 */
@Component
class HerdrukOpdracht implements Opdracht {

    private final Contractversies contractversies;
    private final BezwaarOpslag bezwaren;
    private final RondeToestand toestand;

    private final Verklaringen verklaringen;

    HerdrukOpdracht(Contractversies contractversies, BezwaarOpslag bezwaren, RondeToestand toestand,
                    Verklaringen verklaringen) {
        this.verklaringen = verklaringen;
        this.contractversies = contractversies;
        this.bezwaren = bezwaren;
        this.toestand = toestand;
    }

    @Override
    public String naam() {
        return "herdruk";
    }

    @Override
    public List<String> opties() {
        return List.of("run", "contract", "versie");
    }

    @Override
    public void voerUit(Opdrachtregel regel, PrintStream uit) {
        String runId = contractversies.runVanContract(regel, uit);
        String contractId = regel.verplicht("contract").strip();
        Integer gevraagd = versie(regel);
        Ronde ronde = contractversies.voltooideRun(runId);
        toestand.nietDefinitief(runId).ifPresent(uit::println);
        List<VoorstelVersie> versies = contractversies.versies(ronde, contractId);
        VoorstelVersie versie = gevraagd == null ? versies.get(versies.size() - 1) : versies.stream()
                .filter(v -> v.versie() == gevraagd).findFirst()
                .orElseThrow(() -> new RondeFout("contract " + contractId + " heeft geen versie " + gevraagd
                        + " in run " + runId + " (versies 1 tot en met " + versies.get(versies.size() - 1).versie() + ")"));

        // The original letter's date and the version it replaced, so the copy says what the original said.
        LocalDate verzenddatum = ronde.verzenddatum();
        Integer vervangt = null;
        if (versie.versie() > 1) {
            var bezwaar = bezwaren.vind(ronde.runId(), contractId, versie.versie());
            verzenddatum = bezwaar.map(BezwaarOpslag.BezwaarRij::verzenddatum).orElse(verzenddatum);
            vervangt = bezwaar.map(BezwaarOpslag.BezwaarRij::vervangtVersie).orElse(versie.versie() - 1);
        }
        var adres = bezwaren.adres(ronde.runId(), versie.regel())
                .orElseThrow(() -> new RondeFout("contract " + contractId + ": de huurdersregel ontbreekt in de databank"));
        byte[] pdf = new BriefRenderer(ronde.config().pdfa()).renderPdf(new BriefSamensteller(ronde.config())
                .brief(versie, adres.geadresseerde(), verzenddatum, vervangt, true),
                verklaringen.voor(ronde.runId(), versie));
        Path doel = ronde.map().resolve("herdruk").resolve(contractId + "-v" + versie.versie() + "-kopie.pdf");
        try (Uitvoerbestand bestand = Uitvoerbestand.open(doel)) {
            try (OutputStream stroom = bestand.stroom()) {
                stroom.write(pdf);
            }
            bestand.voltooi();
        } catch (IOException e) {
            throw new RondeFout("kan de herdruk niet schrijven in " + doel.getParent() + ": " + e.getMessage());
        }
        uit.println("Herdruk (kopie) van versie " + versie.versie() + " van contract " + contractId + ": " + doel);
    }

    private static Integer versie(Opdrachtregel regel) {
        String tekst = regel.optie("versie");
        if (tekst == null) {
            return null;
        }
        try {
            Integer versie = Waarden.geheelGetal(tekst);
            if (versie == null || versie < 1) {
                throw new Opdrachtregel.GebruiksFout("--versie verwacht een versienummer vanaf 1");
            }
            return versie;
        } catch (OngeldigeWaarde e) {
            throw new Opdrachtregel.GebruiksFout("--versie verwacht een versienummer vanaf 1, niet '"
                    + Waarden.veilig(tekst, 20) + "'");
        }
    }
}
