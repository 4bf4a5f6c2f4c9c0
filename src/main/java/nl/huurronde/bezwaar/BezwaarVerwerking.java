package nl.huurronde.bezwaar;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.beleid.Codering;
import nl.huurronde.beleid.JobConfig;
import nl.huurronde.brieven.BriefRenderer;
import nl.huurronde.brieven.Verklaringen;
import nl.huurronde.brieven.BriefSamensteller;
import nl.huurronde.brieven.NlFormaat;
import nl.huurronde.intake.PersoonRegel;
import nl.huurronde.regels.Huishoudberekening;
import nl.huurronde.regels.HuishoudenFeiten;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import nl.huurronde.voorstel.VoorstelOpslag;
import nl.huurronde.voorstel.VoorstelVersie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles one bezwaar (operations.md "Bezwaar: re-run per tenant"): recomputes the one contract from
 * its latest version with the corrections, the run's policy and the run's huursom cap, stores version
 * n+1 and writes its folder. The row and the folder go together: the files are written inside the
 * database transaction and renamed into place just before it commits, so a failure leaves neither.
 */
@Service
class BezwaarVerwerking {

    private static final Logger LOG = LoggerFactory.getLogger(BezwaarVerwerking.class);

    private final Contractversies contractversies;
    private final VoorstelOpslag voorstellen;
    private final BezwaarOpslag bezwaren;
    private final TransactionTemplate transactie;

    private final Verklaringen verklaringen;

    BezwaarVerwerking(Contractversies contractversies, VoorstelOpslag voorstellen, BezwaarOpslag bezwaren,
                      TransactionTemplate transactie, Verklaringen verklaringen) {
        this.verklaringen = verklaringen;
        this.contractversies = contractversies;
        this.voorstellen = voorstellen;
        this.bezwaren = bezwaren;
        this.transactie = transactie;
    }

    /** What the bezwaar made. */
    record Uitkomst(VoorstelVersie vorige, VoorstelVersie nieuw, BigDecimal mutatie, Path map) {}

    /**
     * @param ontvangen   the day the tenant receives the revised proposal; null = today + the job's bezorgdagen
     * @param brpCodering the encoding of the correction's BRP extract; null = that of the run's BRP input
     * @param bezwaarOntvangen the day the objection came in (the register's case), or null
     * @param verzonden   the revised letter's date ({@code --verzenddatum}); null = today
     */
    Uitkomst verwerk(String runId, String contractId, Correctie correctie, LocalDate ontvangen,
                     Codering brpCodering, LocalDate bezwaarOntvangen, LocalDate verzonden) {
        Berekening b = bereken(runId, contractId, correctie, ontvangen, brpCodering, bezwaarOntvangen, verzonden);
        return opslaan(b.ronde(), b.vorige(), b.berekend(), b.adres(), b.ontvangst(), b.verzonden());
    }

    /** A grant computed but not stored: what the desk shows before the employee confirms. */
    record Berekening(Ronde ronde, VoorstelVersie vorige, VoorstelVersie berekend, BezwaarOpslag.Huurderadres adres,
                      LocalDate ontvangst, LocalDate verzonden) {}

    /** The recompute of {@link #verwerk} without storing anything or writing files (the desk's preview). */
    Berekening bereken(String runId, String contractId, Correctie correctie, LocalDate ontvangen,
                       Codering brpCodering, LocalDate bezwaarOntvangen, LocalDate verzonden) {
        vereisCorrectie(correctie);
        Ronde ronde = contractversies.voltooideRun(runId);
        List<VoorstelVersie> versies = contractversies.versies(ronde, contractId);
        VoorstelVersie vorige = versies.get(versies.size() - 1);
        JobConfig config = ronde.config();
        BezwaarOpslag.Huurderadres adres = bezwaren.adres(ronde.runId(), vorige.regel())
                .orElseThrow(() -> new RondeFout("contract " + contractId + ": de huurdersregel ontbreekt in de databank"));
        if (correctie.maximaleHuur() != null && vorige.contract().sector() == nl.huurronde.regels.Sector.VRIJ) {
            throw new RondeFout("contract " + contractId + " is vrije sector: daar geldt geen maximale huur");
        }

        HuishoudenFeiten huishouden = Huishoudcorrectie.bepaal(vorige.huishouden(), correctie,
                brpPersonen(ronde, correctie, adres, brpCodering), !config.invoer().perAdres(),
                config.beleid());
        Herberekening.Invoer invoer = Herberekening.Invoer.gecorrigeerd(vorige, correctie, huishouden);
        if (invoer.gelijkAan(Herberekening.Invoer.van(vorige))) {
            throw new NietsVeranderd(vorige.versie(), vorige.voorstel().kaleHuurNieuw(), vorige.ingangsdatum(),
                    "bezwaar verandert niets: versie " + vorige.versie() + " van contract " + contractId
                    + " heeft deze gegevens al (nieuwe kale huur " + NlFormaat.bedrag(vorige.voorstel().kaleHuurNieuw())
                    + ", per " + vorige.ingangsdatum() + "); er is niets opgeslagen. Blijft u bij het voorstel, leg het"
                    + " bezwaar dan voor met 'huurronde bezwaar voorleggen' (na 'bezwaar registreer' als het nog niet"
                    + " in het register staat): dat schrijft de brief 'Wij handhaven ons voorstel'");
        }

        LocalDate vandaag = verzonden != null ? verzonden : LocalDate.now();
        if (ontvangen != null && ontvangen.isBefore(vandaag)) {
            // every date of the letter follows from its send date: it cannot arrive before it is sent
            throw new nl.huurronde.opdracht.Opdrachtregel.GebruiksFout("--ontvangen " + ontvangen
                    + " ligt vóór de verzenddatum van de herziene brief (" + vandaag
                    + "); geef met --verzenddatum de datum van de brief");
        }
        LocalDate ontvangst = ontvangen != null ? ontvangen : vandaag.plusDays(config.bezorgdagen());
        VoorstelVersie berekend = Herberekening.nieuweVersie(vorige, versies.get(0).voorstel().kaleHuurNieuw(),
                new Herberekening.Data(vandaag, ontvangst, bezwaarOntvangen), correctie.inkomenscategorie() != null,
                invoer, config.beleid(), ronde.huursomCap(), config.wet().limieten(),
                Herberekening.correctieTekst(vorige, invoer, correctie));
        return new Berekening(ronde, vorige, berekend, adres, ontvangst, vandaag);
    }

    /**
     * The Huurcommissie lowered the proposal to {@code bedrag}: version n+1 with that rent, its letter and
     * finance correction, like a grant.
     */
    Uitkomst vastgesteld(String runId, String contractId, BigDecimal bedrag, String zaaknummer) {
        Ronde ronde = contractversies.voltooideRun(runId);
        List<VoorstelVersie> versies = contractversies.versies(ronde, contractId);
        VoorstelVersie vorige = versies.get(versies.size() - 1);
        BigDecimal huur = vorige.contract().kaleHuur();
        if (bedrag.compareTo(vorige.voorstel().kaleHuurNieuw()) >= 0) {
            throw new RondeFout("--bedrag " + NlFormaat.bedrag(bedrag) + " is geen verlaging: het voorstel (versie "
                    + vorige.versie() + ") is " + NlFormaat.bedrag(vorige.voorstel().kaleHuurNieuw())
                    + "; gebruik --uitkomst gehandhaafd als de Huurcommissie het voorstel redelijk vond");
        }
        if (bedrag.compareTo(huur) < 0) {
            throw new RondeFout("--bedrag " + NlFormaat.bedrag(bedrag) + " ligt onder de huidige kale huur "
                    + NlFormaat.bedrag(huur) + ": de uitspraak gaat over de verhoging, niet over een verlaging");
        }
        BezwaarOpslag.Huurderadres adres = bezwaren.adres(ronde.runId(), vorige.regel())
                .orElseThrow(() -> new RondeFout("contract " + contractId + ": de huurdersregel ontbreekt in de databank"));
        LocalDate vandaag = LocalDate.now();
        VoorstelVersie berekend = Herberekening.vastgesteld(vorige, bedrag.setScale(2), vandaag,
                "uitspraak Huurcommissie" + (zaaknummer == null ? "" : " (zaak " + zaaknummer + ")")
                        + " op versie " + vorige.versie() + ": kale huur verlaagd tot " + NlFormaat.bedrag(bedrag));
        return opslaan(ronde, vorige, berekend, adres, vandaag.plusDays(ronde.config().bezorgdagen()), vandaag);
    }

    /** Stores version n+1 with its bezwaar row and writes its folder, together or not at all. */
    private Uitkomst opslaan(Ronde ronde, VoorstelVersie vorige, VoorstelVersie berekend,
                             BezwaarOpslag.Huurderadres adres, LocalDate ontvangst, LocalDate vandaag) {
        String contractId = vorige.contractId();
        JobConfig config = ronde.config();
        BigDecimal laatstGeexporteerd = vorige.voorstel().kaleHuurNieuw();
        BigDecimal mutatie = berekend.voorstel().kaleHuurNieuw().subtract(laatstGeexporteerd);
        Path map = BezwaarUitvoer.map(ronde.map(), contractId, berekend.versie());
        BriefSamensteller samensteller = new BriefSamensteller(config);
        BriefRenderer renderer = new BriefRenderer(config.pdfa());
        try {
            VoorstelVersie opgeslagen = transactie.execute(t -> {
                voorstellen.voegToe(ronde.runId(), List.of(berekend));
                bezwaren.voegToe(new BezwaarOpslag.BezwaarRij(ronde.runId(), contractId, berekend.versie(),
                        vorige.versie(), ontvangst, vandaag, mutatie, map.toString(), LocalDateTime.now()));
                // Read back, so the files show exactly what is stored (scales as in the run's own exports).
                List<VoorstelVersie> alle = voorstellen.versies(ronde.runId(), contractId);
                VoorstelVersie nieuw = alle.get(alle.size() - 1);
                byte[] brief = renderer.renderPdf(samensteller.brief(nieuw, adres.geadresseerde(), vandaag,
                        vorige.versie(), false), verklaringen.voor(ronde.runId(), nieuw));
                BezwaarUitvoer.schrijf(map, nieuw, laatstGeexporteerd, brief, config.csvDialect());
                BezwaarUitvoer.schrijfCorrecties(ronde.map(), correcties(ronde.runId()), config.csvDialect());
                return nieuw;
            });
            LOG.info("bezwaar verwerkt: run {}, contract {}, versie {}", ronde.runId(), contractId, berekend.versie());
            return new Uitkomst(vorige, opgeslagen, mutatie, map);
        } catch (DuplicateKeyException e) {
            throw new RondeFout("contract " + contractId + " kreeg tegelijk een ander bezwaar (versie "
                    + berekend.versie() + " bestaat al); bekijk die versie en probeer het zo nodig opnieuw");
        }
    }

    /** Every bezwaar of the run with the version it made, as the combined corrections file lists them. */
    private List<BezwaarUitvoer.Correctieregel> correcties(String runId) {
        List<BezwaarUitvoer.Correctieregel> regels = new ArrayList<>();
        java.util.Map<String, List<VoorstelVersie>> perContract = new java.util.HashMap<>();
        for (BezwaarOpslag.BezwaarRij rij : bezwaren.vanRun(runId)) {
            VoorstelVersie v = perContract.computeIfAbsent(rij.contractId(), c -> voorstellen.versies(runId, c)).stream()
                    .filter(x -> x.versie() == rij.versie()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("versie " + rij.versie() + " van " + rij.contractId()));
            regels.add(new BezwaarUitvoer.Correctieregel(v, rij.mutatie()));
        }
        return regels;
    }

    static void vereisCorrectie(Correctie correctie) {
        if (correctie.leeg()) {
            throw new nl.huurronde.opdracht.Opdrachtregel.GebruiksFout("geef minstens één correctie: --chronisch-ziek, "
                    + "--personen/--geboortedatum, --brp, --inkomenscategorie, --maximale-huur of --wws-punten");
        }
    }

    /** The persons of the BRP extract with the run's income facts, or null when no extract was given. */
    private List<Huishoudberekening.Persoon> brpPersonen(Ronde ronde, Correctie correctie,
                                                         BezwaarOpslag.Huurderadres adres, Codering codering) {
        if (correctie.brp() == null) {
            return null;
        }
        Codering brp = codering != null ? codering : ronde.config().invoer().brpCodering();
        List<Huishoudberekening.Persoon> personen = new ArrayList<>();
        for (PersoonRegel persoon : BrpUittreksel.lees(correctie.brp(), brp.tekenset(), adres.adresSleutel(),
                ronde.config().beleid().peildatum())) {
            personen.add(bezwaren.metInkomen(ronde.runId(), persoon));
        }
        return personen;
    }

    /** A grant that would change nothing; the desk words its own advice from the details. */
    static final class NietsVeranderd extends RondeFout {
        final int versie;
        final BigDecimal kaleHuur;
        final LocalDate ingangsdatum;

        NietsVeranderd(int versie, BigDecimal kaleHuur, LocalDate ingangsdatum, String bericht) {
            super(bericht);
            this.versie = versie;
            this.kaleHuur = kaleHuur;
            this.ingangsdatum = ingangsdatum;
        }
    }
}
