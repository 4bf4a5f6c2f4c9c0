package nl.huurronde.genereer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic roll ({@code huurders.csv}), BRP extract ({@code brp.csv}) and income
 * extract ({@code inkomen.csv}) for the rent round of one year, for demos, tests and benchmarks.
 * All persons are synthetic; BSNs follow the scheme of {@link Bsn}.
 *
 * <p>Streams: one contract at a time goes to all files, so memory stays flat at any size.
 * Deterministic: the same arguments give byte-identical files.
 */
public final class Generator {

    static final String[] HUURDERS = {"contract_id", "vhe_id", "huurder_naam", "straat", "huisnummer", "huisletter",
            "toevoeging", "postcode", "woonplaats", "woningtype", "contract_ingang", "aanvangshuur", "sector",
            "kale_huur", "servicekosten", "maximale_huur", "wws_punten", "streefhuur", "chronisch_ziek",
            "huurbevriezing", "woningverbetering_datum", "in_bezit_sinds"};
    static final String[] BRP = {"postcode", "huisnummer", "huisletter", "toevoeging", "bsn", "geboortedatum", "rol"};
    static final String[] INKOMEN = {"bsn", "peiljaar", "verzamelinkomen", "status"};
    static final String[] CATEGORIE = {"postcode", "huisnummer", "huisletter", "toevoeging", "categorie"};

    private Generator() {}

    /**
     * @param uit    folder to write into (created when missing; existing files are replaced)
     * @param aantal generated contracts (rows of huurders.csv besides any golden rows), at least 1
     * @param seed   the same seed gives the same files
     * @param jaar   round year, 2019–2026 (peildatum 1 July; incomes of jaar − 2)
     */
    public static Samenvatting schrijf(Path uit, int aantal, long seed, int jaar, Opties opties) throws IOException {
        if (aantal < 1) {
            throw new IllegalArgumentException("aantal moet minstens 1 zijn");
        }
        if (jaar < Wetcijfers.EERSTE_JAAR || jaar > Wetcijfers.LAATSTE_JAAR) {
            throw new IllegalArgumentException("jaar moet tussen " + Wetcijfers.EERSTE_JAAR + " en "
                    + Wetcijfers.LAATSTE_JAAR + " liggen (de jaren met wetcijfers in de specificatie)");
        }
        Files.createDirectories(uit);
        return new Ronde(uit, aantal, seed, jaar, opties).schrijf();
    }

    /** One generation run: the open files and the little state that must span contracts. */
    private static final class Ronde {

        private static final String[] FORMULES = {
                "=HYPERLINK(\"https://voorbeeld.invalid\",\"Klik hier\")", "@SUM(1+1)", "+Fam. Bakker", "-Dhr. J. Smit"};

        private final Path uit;
        private final int aantal;
        private final long seed;
        private final int jaar;
        private final Opties opties;
        private final SplittableRandom rng;
        private final SplittableRandom opmaakRng;
        private final Bsn bsn = new Bsn();
        private final Contractmaker contracten;
        private final Huishoudenmaker huishoudens;
        private final List<Geval> gevallen;
        private final int tussenruimte;

        private Tabel huurders;
        private Tabel brp;
        private Tabel inkomen;
        private Tabel categorie;
        private Tabel medehuurders;
        private final boolean adresseren;
        private final Adressering adressering;
        private final Foutplanning foutMedehuurders;
        private int afgewezenMedehuurders;
        private Antwoordzip antwoord;
        private Opmaak opmaakHuurders;
        private Opmaak opmaakBrp;
        private Opmaak opmaakInkomen;

        private final Foutplanning foutHuurders;
        private final Foutplanning foutBrp;
        private final Foutplanning foutInkomen;
        private int afgewezenHuurders;
        private int afgewezenBrp;
        private int afgewezenInkomen;

        // taken from ordinary contracts only, so a boundary case is never disturbed by a bad row
        private String vorigContractId;
        private Contract vorigGewoon;
        private String vorigeBsn;
        private String vorigeInkomenBsn;
        private int formules;

        Ronde(Path uit, int aantal, long seed, int jaar, Opties opties) {
            this.uit = uit;
            this.aantal = aantal;
            this.seed = seed;
            this.jaar = jaar;
            this.opties = opties;
            this.rng = new SplittableRandom(seed);
            this.opmaakRng = rng.split();
            this.contracten = new Contractmaker(jaar, rng);
            this.huishoudens = new Huishoudenmaker(jaar, rng, bsn);
            this.gevallen = Geval.alle(jaar);
            this.tussenruimte = Math.max(1, Math.min(4, aantal / gevallen.size()));
            this.foutHuurders = new Foutplanning(opties.foutAandeel(), 4, seed);
            this.foutBrp = new Foutplanning(opties.foutAandeel(), 4, seed + 1);
            this.foutInkomen = new Foutplanning(opties.foutAandeel(), 5, seed + 2);
            // not with golden rows: those keep the golden header and its columns
            this.adresseren = opties.adressering() && opties.voorbeelden() == null;
            this.adressering = adresseren ? new Adressering(seed, jaar) : null;
            this.foutMedehuurders = new Foutplanning(opties.foutAandeel(), 2, seed + 3);
        }

        Samenvatting schrijf() throws IOException {
            openen();
            try {
                if (opties.voorbeelden() != null) {
                    kopieerVoorbeelden();
                }
                for (int i = 0; i < aantal; i++) {
                    Geval geval = geval(i);
                    contract(i, geval);
                }
            } finally {
                sluiten();
            }
            return new Samenvatting(huurders.rijen(), brp.rijen(), inkomen.rijen(),
                    afgewezenHuurders + afgewezenBrp + afgewezenInkomen + afgewezenMedehuurders,
                    afgewezenHuurders, afgewezenBrp, afgewezenInkomen, categorie == null ? 0 : categorie.rijen(),
                    antwoord == null ? 0 : antwoord.rijen(), antwoord == null ? 0 : antwoord.verklaringen(),
                    medehuurders == null ? 0 : medehuurders.rijen(), afgewezenMedehuurders);
        }

        /** The boundary cases come first, a few contracts apart; after that 3% of contracts repeat one. */
        private Geval geval(int i) {
            if (i % tussenruimte == 0 && i / tussenruimte < gevallen.size()) {
                return gevallen.get(i / tussenruimte);
            }
            if (rng.nextInt(1000) < 30) {
                return gevallen.get(rng.nextInt(gevallen.size()));
            }
            return null;
        }

        private void contract(int i, Geval geval) throws IOException {
            Geval.Soort soort = geval == null ? null : geval.soort();
            Contract c = contracten.maak(soort);
            List<Bewoner> personen = huishoudens.maak(soort, geval == null ? 0 : geval.band(), c.woningtype);
            c.contractId = nummer("HC", i + 1);
            c.vheId = nummer("VHE", i + 1);
            if (soort == Geval.Soort.GEDEELD_ADRES && vorigGewoon != null) {
                c.adres = vorigGewoon.adres; // two accepted contracts, one address key: household unknown
                c.vheId = vorigGewoon.vheId;
            } else {
                c.adres = Adressen.adres(i);
            }
            c.naam = naam(soort, personen.size());

            boolean gewoon = geval == null;
            String[] rij = huurdersRij(c);
            boolean fout = gewoon && foutHuurders.aanDeBeurt(huurders.rijen() + 1L) && vorigContractId != null;
            if (fout) {
                afgewezenHuurders += maakFout(rij);
                foutHuurders.gedaan();
            }
            if (adressering != null) {
                String[] extra = adressering.kolommen(c, opmaakHuurders);
                String[] alle = java.util.Arrays.copyOf(rij, rij.length + extra.length);
                System.arraycopy(extra, 0, alle, rij.length, extra.length);
                rij = alle;
                if (!fout) {
                    medehuurders(c, personen, gewoon);
                }
            }
            huurders.rij(rij);
            if (gewoon && !fout) {
                vorigContractId = c.contractId;
                vorigGewoon = c;
            }
            if (soort != Geval.Soort.GEDEELD_ADRES) {
                personen(c, personen, gewoon);
            }
        }

        /** The contract's co-tenants in medehuurders.csv; now and then a deliberately bad line instead. */
        private void medehuurders(Contract c, List<Bewoner> personen, boolean gewoon) throws IOException {
            for (String naam : adressering.medehuurders(c.naam, personen)) {
                if (gewoon && foutMedehuurders.aanDeBeurt(medehuurders.rijen() + 1L)) {
                    // a co-tenant of a contract the roll does not have, or one without a name
                    medehuurders.rij(foutMedehuurders.soort() == 0 ? new String[] {"HC99" + c.contractId.substring(4), naam}
                            : new String[] {c.contractId, ""});
                    afgewezenMedehuurders++;
                    foutMedehuurders.gedaan();
                } else {
                    medehuurders.rij(new String[] {c.contractId, naam});
                }
            }
        }

        private String naam(Geval.Soort soort, int personen) {
            if (soort == Geval.Soort.FORMULE_NAAM) {
                return FORMULES[formules++ % FORMULES.length];
            }
            return Namen.huurderNaam(rng, Math.max(1, personen));
        }

        private String[] huurdersRij(Contract c) {
            Opmaak o = opmaakHuurders;
            Adressen.Adres a = c.adres;
            return new String[] {
                    c.contractId, c.vheId, c.naam, a.straat(), Integer.toString(a.huisnummer()), a.huisletter(),
                    a.toevoeging(), o.postcode(a.postcode()), a.woonplaats(), o.enumwaarde(c.woningtype.name()),
                    o.datumVar(c.ingang), o.bedragVar(c.aanvangshuur),
                    c.sectorInRij ? o.enumwaarde(c.sector.name()) : "",
                    o.bedragVar(c.kaleHuur), leegOf(c.servicekosten, o), leegOf(c.maximaleHuur, o),
                    c.wwsPunten < 0 ? "" : Integer.toString(c.wwsPunten), leegOf(c.streefhuur, o),
                    o.janee(c.chronischZiek), o.janee(c.huurbevriezing), o.datumVar(c.woningverbetering),
                    o.datumVar(c.inBezitSinds)};
        }

        /** Spoils one value of an ordinary huurders row; returns the rows the job must reject. */
        private int maakFout(String[] rij) {
            switch (foutHuurders.soort()) {
                case 0 -> rij[13] = "1.234"; // kale_huur: thousands or decimals? ambiguous
                case 1 -> rij[10] = "30-02-" + (jaar - 3); // contract_ingang: no such day
                case 2 -> rij[9] = "EENGEZINSWONING"; // woningtype: unknown
                default -> {
                    rij[0] = vorigContractId; // duplicate contract_id: both occurrences are rejected
                    return 2;
                }
            }
            return 1;
        }

        private void personen(Contract c, List<Bewoner> personen, boolean gewoon) throws IOException {
            Adressen.Adres a = c.adres;
            String laatsteGoede = null;
            for (Bewoner p : personen) {
                String persoonBsn = p.bsn();
                String datum = opmaakBrp.datumVar(p.geboren());
                String rol = p.rol() == null ? "" : opmaakBrp.enumwaarde(p.rol().name());
                boolean inkomensrij = p.heeftInkomensrij();
                if (gewoon && foutBrp.aanDeBeurt(brp.rijen() + 1L)
                        && (foutBrp.soort() != 3 || vorigeBsn != null)) {
                    switch (foutBrp.soort()) {
                        case 0 -> {
                            persoonBsn = bsn.ongeldige();
                            inkomensrij = false;
                            afgewezenBrp++;
                        }
                        case 1 -> {
                            datum = (p.geboren().getYear()) + "-13-01";
                            afgewezenBrp++;
                        }
                        case 2 -> {
                            rol = "KIND";
                            afgewezenBrp++;
                        }
                        default -> {
                            persoonBsn = vorigeBsn; // duplicate BSN: every occurrence is rejected
                            inkomensrij = false;
                            afgewezenBrp += 2;
                        }
                    }
                    foutBrp.gedaan();
                } else if (gewoon) {
                    laatsteGoede = persoonBsn;
                }
                brp.rij(new String[] {opmaakBrp.postcode(a.postcode()), Integer.toString(a.huisnummer()),
                        opmaakBrp.adresdeel(a.huisletter()), opmaakBrp.adresdeel(a.toevoeging()), persoonBsn, datum, rol});
                if (inkomensrij) {
                    inkomen(p, gewoon);
                }
            }
            if (laatsteGoede != null) {
                vorigeBsn = laatsteGoede;
            }
            if ((categorie != null || antwoord != null) && !personen.isEmpty()) {
                String cat = Huishoudenmaker.categorie(personen, jaar);
                if (categorie != null) {
                    categorie.rij(new String[] {a.postcode(), Integer.toString(a.huisnummer()), a.huisletter(),
                            a.toevoeging(), cat});
                }
                if (antwoord != null) {
                    antwoord.adres(a.postcode(), a.huisnummer(), a.huisletter(), a.toevoeging(), cat,
                            !cat.equals("LAAG") && !cat.equals("ONBEKEND"));
                }
            }
        }

        private void inkomen(Bewoner p, boolean gewoon) throws IOException {
            Opmaak o = opmaakInkomen;
            String persoonBsn = p.bsn();
            String peiljaar = Integer.toString(jaar - 2);
            String bedrag = p.nietVastgesteld() ? "" : o.bedragVar(p.inkomen());
            String status = o.enumwaarde(p.nietVastgesteld() ? "NIET_VASTGESTELD" : "VASTGESTELD");
            if (gewoon && foutInkomen.aanDeBeurt(inkomen.rijen() + 1L)
                    && (foutInkomen.soort() != 4 || vorigeInkomenBsn != null)) {
                switch (foutInkomen.soort()) {
                    case 0 -> peiljaar = Integer.toString(jaar - 3); // income of the wrong year
                    case 1 -> bedrag = dubbelzinnig(p.inkomen());
                    case 2 -> status = "VOORLOPIG";
                    case 3 -> persoonBsn = bsn.ongeldige();
                    default -> persoonBsn = vorigeInkomenBsn;
                }
                afgewezenInkomen += foutInkomen.soort() == 4 ? 2 : 1;
                foutInkomen.gedaan();
            } else if (gewoon) {
                vorigeInkomenBsn = persoonBsn;
            }
            inkomen.rij(new String[] {persoonBsn, peiljaar, bedrag, status});
        }

        /** Prefix and an 8-digit number; String.format would cost a tenth of the run time. */
        private static String nummer(String prefix, int n) {
            String cijfers = Integer.toString(n);
            return prefix + "00000000".substring(Math.min(8, cijfers.length())) + cijfers;
        }

        /** "45.000": thousands without decimals, which the job must refuse to guess. */
        private static String dubbelzinnig(long cent) {
            long euro = Math.max(cent / 100, 1234);
            String s = Long.toString(euro);
            int k = s.length() - 3;
            return s.substring(0, k) + "." + s.substring(k);
        }

        private static String leegOf(long cent, Opmaak o) {
            return cent < 0 ? "" : o.bedragVar(cent);
        }

        private void openen() throws IOException {
            SplittableRandom d = new SplittableRandom(seed ^ 0x5DEECE66DL);
            Dialect dh;
            Dialect db;
            Dialect di;
            boolean mengen = opties.formatenMengen();
            if (!mengen) {
                dh = Dialect.standaard(huurderskolommen().length);
                db = Dialect.standaard(BRP.length);
                di = Dialect.standaard(INKOMEN.length);
            } else if (opties.voorbeelden() != null) {
                boolean bom = d.nextBoolean();
                dh = Dialect.canoniek(huurderskolommen().length, bom, true);
                db = Dialect.canoniek(BRP.length, !bom, true);
                di = Dialect.canoniek(INKOMEN.length, d.nextBoolean(), true);
            } else {
                // brp gets the opposite of huurders on every choice, so each set shows both spellings
                boolean bom = d.nextBoolean();
                boolean puntkomma = d.nextBoolean();
                boolean crlf = d.nextBoolean();
                boolean schudden = d.nextBoolean();
                boolean extra = d.nextBoolean();
                dh = Dialect.willekeurig(d, huurderskolommen().length, bom, puntkomma ? ';' : ',', crlf, schudden,
                        extra ? "opmerking" : null);
                db = Dialect.willekeurig(d, BRP.length, !bom, puntkomma ? ',' : ';', !crlf, !schudden,
                        extra ? null : "bijzonderheden");
                di = Dialect.willekeurig(d, INKOMEN.length, d.nextBoolean(), d.nextBoolean() ? ';' : ',',
                        d.nextBoolean(), d.nextBoolean(), d.nextBoolean() ? "bron" : null);
            }
            huurders = new Tabel(uit.resolve("huurders.csv"), huurderskolommen(), dh, opmaakRng.split());
            brp = new Tabel(uit.resolve("brp.csv"), BRP, db, opmaakRng.split());
            inkomen = new Tabel(uit.resolve("inkomen.csv"), INKOMEN, di, opmaakRng.split());
            if (opties.inkomenscategorie()) {
                categorie = new Tabel(uit.resolve("inkomenscategorie.csv"), CATEGORIE,
                        Dialect.standaard(CATEGORIE.length), opmaakRng.split());
            }
            if (adresseren) {
                medehuurders = new Tabel(uit.resolve("medehuurders.csv"), Adressering.MEDEHUURDERS,
                        Dialect.standaard(Adressering.MEDEHUURDERS.length), opmaakRng.split());
            }
            if (opties.inkomensantwoord()) {
                antwoord = new Antwoordzip(uit, jaar - 2); // the income year of the round (peiljaar_offset 2)
            }
            opmaakHuurders = new Opmaak(opmaakRng.split(), dh);
            opmaakBrp = new Opmaak(opmaakRng.split(), db);
            opmaakInkomen = new Opmaak(opmaakRng.split(), di);
        }

        /** huurders.csv's columns: with the co-tenants' set also laatste_verhoging and the corr_ columns. */
        private String[] huurderskolommen() {
            if (!adresseren) {
                return HUURDERS;
            }
            String[] alle = java.util.Arrays.copyOf(HUURDERS, HUURDERS.length + Adressering.KOLOMMEN.length);
            System.arraycopy(Adressering.KOLOMMEN, 0, alle, HUURDERS.length, Adressering.KOLOMMEN.length);
            return alle;
        }

        private void kopieerVoorbeelden() throws IOException {
            kopieer("huurders.csv", HUURDERS, huurders);
            kopieer("brp.csv", BRP, brp);
            kopieer("inkomen.csv", INKOMEN, inkomen);
        }

        private void kopieer(String bestand, String[] kolommen, Tabel naar) throws IOException {
            List<String> regels = Files.readAllLines(opties.voorbeelden().resolve(bestand), StandardCharsets.UTF_8);
            String kop = regels.isEmpty() ? "" : regels.get(0).replace("\uFEFF", "");
            if (!kop.equals(String.join(",", kolommen))) {
                throw new IOException("voorbeelden/" + bestand + ": kop wijkt af van de vaste kolomvolgorde: " + kop);
            }
            for (String regel : regels.subList(1, regels.size())) {
                if (!regel.isBlank()) {
                    naar.letterlijk(regel);
                }
            }
        }

        private void sluiten() throws IOException {
            for (Tabel t : new Tabel[] {huurders, brp, inkomen, categorie, medehuurders}) {
                if (t != null) {
                    t.close();
                }
            }
            if (antwoord != null) {
                antwoord.close();
            }
        }
    }
}
