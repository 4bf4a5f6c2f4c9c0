package nl.huurronde.bezwaar;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.huurronde.bestand.Privebestanden;
import nl.huurronde.bestand.Uitvoerbestand;
import nl.huurronde.brieven.BriefSamensteller;
import nl.huurronde.brieven.Herinneringsbrief;
import nl.huurronde.regels.Bezwaartermijnen;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import nl.huurronde.uitvoer.Exporteur;
import nl.huurronde.voorstel.VoorstelOpslag;
import nl.huurronde.voorstel.VoorstelVersie;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code herinnering}: the registered reminders (art. 7:253 lid 2 BW) for every contract with an increase
 * that neither paid the new rent nor has an open case. Writes {@code <run>/herinnering/}: one PDF per
 * contract, one print file, and {@code aangetekend.csv} for the post office's registered-mail form; the
 * reminders are recorded in the register, so {@code bezwaar lijst} follows the tenant's four months.
 * Prints nothing.
 */
@Service
class Herinneringen {

    private final Contractversies contractversies;
    private final ZaakOpslag zaken;
    private final VoorstelOpslag voorstellen;
    private final BezwaarOpslag bezwaren;
    private final TransactionTemplate transactie;

    Herinneringen(Contractversies contractversies, ZaakOpslag zaken, VoorstelOpslag voorstellen,
                  BezwaarOpslag bezwaren, TransactionTemplate transactie) {
        this.contractversies = contractversies;
        this.zaken = zaken;
        this.voorstellen = voorstellen;
        this.bezwaren = bezwaren;
        this.transactie = transactie;
    }

    /** What a reminder run did. */
    record Uitkomst(Path map, List<ZaakOpslag.Herinnering> verzonden, int betaald, int metZaak, int alHerinnerd,
                    int geenVerhoging, List<String> teLaat) {}

    Uitkomst verstuur(String runId, Path betaaldBestand, LocalDate datum, String door) {
        Ronde ronde = contractversies.voltooideRun(runId);
        LocalDate vandaag = LocalDate.now();
        if (datum.isAfter(vandaag)) {
            throw new RondeFout("de datum " + datum + " ligt in de toekomst (vandaag is " + vandaag + ")");
        }
        if (datum.isBefore(ronde.config().ingangsdatum())) {
            throw new RondeFout("een herinnering kan pas op of na de ingangsdatum " + ronde.config().ingangsdatum()
                    + ": tot dan kan de huurder nog bezwaar maken (art. 7:253 lid 2 BW)");
        }
        List<String> contracten = zaken.contracten(ronde.runId());
        Map<String, BigDecimal> betaald = Betaaldlijst.lees(betaaldBestand, new HashSet<>(contracten));
        Set<String> herinnerd = new HashSet<>();
        zaken.herinneringen(ronde.runId()).forEach(h -> herinnerd.add(h.contractId()));
        BriefSamensteller samensteller = new BriefSamensteller(ronde.config());
        List<ZaakOpslag.Herinnering> nieuw = new ArrayList<>();
        List<byte[]> brieven = new ArrayList<>();
        List<BezwaarOpslag.Huurderadres> adressen = new ArrayList<>();
        List<String> teLaat = new ArrayList<>();
        int aantalBetaald = 0;
        int metZaak = 0;
        int geenVerhoging = 0;
        for (String contractId : contracten) {
            List<VoorstelVersie> versies = voorstellen.versies(ronde.runId(), contractId);
            VoorstelVersie v = versies.get(versies.size() - 1);
            if (v.voorstel().kaleHuurNieuw().compareTo(v.contract().kaleHuur()) <= 0) {
                geenVerhoging++;
                continue;
            }
            if (betaald.containsKey(contractId)) {
                BigDecimal bedrag = betaald.get(contractId);
                // An amount below the new rent is the old rent paid on: not a sign of agreement.
                if (bedrag == null || bedrag.compareTo(v.voorstel().kaleHuurNieuw()) >= 0) {
                    aantalBetaald++;
                    continue;
                }
            }
            Optional<Zaak> zaak = zaken.laatste(ronde.runId(), contractId);
            if (zaak.isPresent() && (zaak.get().status().open() || zaak.get().status() == Zaakstatus.UITSPRAAK)) {
                metZaak++;
                continue;
            }
            if (herinnerd.contains(contractId)) {
                continue;
            }
            if (datum.isBefore(v.ingangsdatum()) || datum.isAfter(Bezwaartermijnen.herinneringUiterlijk(v.ingangsdatum()))) {
                teLaat.add(contractId);
                continue;
            }
            BezwaarOpslag.Huurderadres adres = bezwaren.adres(ronde.runId(), v.regel())
                    .orElseThrow(() -> new RondeFout("contract " + contractId + ": de huurdersregel ontbreekt"));
            LocalDate origineleDatum = v.versie() == 1 ? ronde.verzenddatum()
                    : bezwaren.vind(ronde.runId(), contractId, v.versie()).map(BezwaarOpslag.BezwaarRij::verzenddatum)
                            .orElse(ronde.verzenddatum());
            LocalDate uiterlijk = Bezwaartermijnen.huurderUiterlijk(v.ingangsdatum());
            brieven.add(Herinneringsbrief.render(samensteller.brief(v, adres.geadresseerde(), origineleDatum, null,
                    false), datum, uiterlijk, ronde.config().pdfa()));
            adressen.add(adres);
            nieuw.add(new ZaakOpslag.Herinnering(contractId, datum, v.ingangsdatum(), uiterlijk, door));
        }
        Path map = ronde.map().resolve("herinnering").resolve(datum.toString());
        if (!nieuw.isEmpty()) {
            transactie.executeWithoutResult(t -> {
                nieuw.forEach(h -> zaken.voegToe(ronde.runId(), h));
                schrijf(map, nieuw, brieven, adressen, ronde);
            });
        }
        return new Uitkomst(map, nieuw, aantalBetaald, metZaak, herinnerd.size(), geenVerhoging, teLaat);
    }

    /** The folder, whole or not at all: written hidden and renamed before the transaction commits. */
    private static void schrijf(Path doel, List<ZaakOpslag.Herinnering> herinneringen, List<byte[]> brieven,
                                List<BezwaarOpslag.Huurderadres> adressen, Ronde ronde) {
        Path tijdelijk = doel.resolveSibling("." + doel.getFileName() + ".tmp");
        try {
            Privebestanden.verwijderBoom(tijdelijk);
            Privebestanden.maakMap(tijdelijk);
            for (int i = 0; i < brieven.size(); i++) {
                pdf(tijdelijk.resolve(herinneringen.get(i).contractId() + "-herinnering.pdf"), brieven.get(i));
            }
            pdf(tijdelijk.resolve("herinneringen-drukbestand.pdf"), Herinneringsbrief.drukbestand(brieven));
            Exporteur.schrijfCsv(tijdelijk.resolve("aangetekend.csv"), ronde.config().csvDialect(), csv -> {
                csv.koppen("volgnr", "contract_id", "naam", "adres", "postcode_plaats", "verzonden", "uiterlijk");
                for (int i = 0; i < herinneringen.size(); i++) {
                    ZaakOpslag.Herinnering h = herinneringen.get(i);
                    var aan = adressen.get(i).geadresseerde();
                    csv.getal(i + 1).tekst(h.contractId()).tekst(aan.allenamen()).tekst(aan.envelopStraatregel())
                            .tekst(aan.envelopPostcoderegel()).tekst(h.verzonden().toString()).tekst(h.uiterlijk().toString())
                            .einde();
                }
            });
            if (Files.exists(doel)) {
                throw new RondeFout("er is al een herinneringsmap " + doel + "; herinneringen van dezelfde dag worden "
                        + "niet overschreven");
            }
            Privebestanden.maakMap(doel.getParent());
            Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("kan de herinneringen niet schrijven in " + doel + ": " + e.getMessage(), e);
        }
    }

    private static void pdf(Path doel, byte[] inhoud) throws IOException {
        try (Uitvoerbestand bestand = Uitvoerbestand.open(doel)) {
            try (OutputStream uit = bestand.stroom()) {
                uit.write(inhoud);
            }
            bestand.voltooi();
        }
    }
}
