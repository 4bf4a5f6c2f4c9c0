package nl.huurronde.genereer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nl.huurronde.regels.Rol;
import nl.huurronde.regels.Woningtype;

/**
 * Makes the persons registered at one address and their incomes of year Y−2. The boundary
 * households are built exactly (AOW age on the peildatum, income at the IAH limit, a co-resident
 * turning 23 around 1 January); ordinary ones are drawn from plausible distributions.
 */
final class Huishoudenmaker {

    private final int jaar;
    private final LocalDate peildatum;
    private final SplittableRandom rng;
    private final Bsn bsn;
    private final long[] grenzen1;
    private final long[] grenzenMeer;
    private final long vrijstelling;

    Huishoudenmaker(int jaar, SplittableRandom rng, Bsn bsn) {
        this.jaar = jaar;
        this.peildatum = Wetcijfers.peildatum(jaar);
        this.rng = rng;
        this.bsn = bsn;
        // 2021 had no IAH: the 2020 limit stands in so the income cases still have a target
        this.grenzen1 = Wetcijfers.iahGrenzen1(jaar).length > 0 ? Wetcijfers.iahGrenzen1(jaar) : Wetcijfers.iahGrenzen1(2020);
        this.grenzenMeer = Wetcijfers.iahGrenzenMeer(jaar).length > 0 ? Wetcijfers.iahGrenzenMeer(jaar) : Wetcijfers.iahGrenzenMeer(2020);
        this.vrijstelling = Wetcijfers.jongerenVrijstelling(jaar);
    }

    List<Bewoner> maak(Geval.Soort s, int band, Woningtype type) {
        List<Bewoner> p = new ArrayList<>(4);
        if (s == null) {
            gewoon(p, type);
            return p;
        }
        LocalDate aowDatum = peildatum.minusMonths(Wetcijfers.aowMaanden(jaar));
        long l1 = grenzen1[Math.min(band, grenzen1.length - 1)];
        long lMeer = grenzenMeer[Math.min(band, grenzenMeer.length - 1)];
        switch (s) {
            case NIEMAND_INGESCHREVEN, GEDEELD_ADRES -> { }
            case AOW_OP_PEILDATUM -> p.add(persoon(aowDatum, Rol.HUURDER, hoog(1)));
            case AOW_DAG_LATER -> p.add(persoon(aowDatum.plusDays(1), Rol.HUURDER, hoog(1)));
            case VIER_PERSONEN_HOOG_INKOMEN -> {
                p.add(persoon(geboren(44), Rol.HUURDER, hoog(2) - 2_000_000));
                p.add(persoon(geboren(42), Rol.PARTNER, 2_000_000));
                p.add(persoon(geboren(12), Rol.INWONEND, Bewoner.GEEN_RIJ));
                p.add(persoon(geboren(9), null, Bewoner.GEEN_RIJ));
            }
            case ZES_PERSONEN -> {
                p.add(persoon(geboren(47), Rol.HUURDER, euro(38_000, 52_000)));
                p.add(persoon(geboren(45), Rol.PARTNER, euro(15_000, 30_000)));
                for (int k = 0; k < 4; k++) {
                    p.add(persoon(geboren(4 + 3 * k), Rol.INWONEND, Bewoner.GEEN_RIJ));
                }
            }
            case JONGERE_22_OP_1_JANUARI, JONGERE_ZONDER_ROL -> {
                // exemption applies: counted income ends below the limit; counting it all would pass it
                p.add(persoon(geboren(52), Rol.HUURDER, lMeer - 1_000_000));
                p.add(persoon(LocalDate.of(jaar - 23, 1, 2), s == Geval.Soort.JONGERE_ZONDER_ROL ? null : Rol.INWONEND,
                        vrijstelling + 500_000));
            }
            case JONGERE_23_OP_1_JANUARI -> {
                p.add(persoon(geboren(52), Rol.HUURDER, lMeer - 1_000_000));
                p.add(persoon(LocalDate.of(jaar - 23, 1, 1), Rol.INWONEND, vrijstelling + 500_000));
            }
            case JONGERE_MEDEHUURDER -> {
                // only INWONEND (or no rol) gets the exemption: a young MEDEHUURDER counts in full
                p.add(persoon(geboren(50), Rol.HUURDER, lMeer - 1_000_000));
                p.add(persoon(LocalDate.of(jaar - 22, 3, 1), Rol.MEDEHUURDER, vrijstelling + 500_000));
            }
            case INKOMEN_OP_GRENS_1 -> p.add(persoon(geboren(between(25, 60)), Rol.HUURDER, l1));
            case INKOMEN_CENT_ONDER_GRENS_1 -> p.add(persoon(geboren(between(25, 60)), Rol.HUURDER, l1 - 1));
            case INKOMEN_OP_GRENS_MEER, INKOMEN_CENT_ONDER_GRENS_MEER -> {
                long partner = euro(10_000, 20_000);
                long totaal = s == Geval.Soort.INKOMEN_OP_GRENS_MEER ? lMeer : lMeer - 1;
                p.add(persoon(geboren(between(30, 60)), Rol.HUURDER, totaal - partner));
                p.add(persoon(geboren(between(30, 60)), Rol.PARTNER, partner));
            }
            case NIET_VASTGESTELD -> {
                p.add(persoon(geboren(40), Rol.HUURDER, hoog(2)));
                p.add(new Bewoner(bsn.volgende(), geboren(38), Rol.PARTNER, Bewoner.GEEN_RIJ, true));
            }
            case GEEN_INKOMENSRIJ -> {
                // the partner has no row and counts 0: the household income is the tenant's alone
                p.add(persoon(geboren(40), Rol.HUURDER, hoog(2)));
                p.add(persoon(geboren(41), Rol.MEDEHUURDER, Bewoner.GEEN_RIJ));
            }
            case CHRONISCH_ZIEK_HOOG_INKOMEN, HUUR_OP_STREEFHUUR_HOOG_INKOMEN, HUUR_CENT_BOVEN_STREEFHUUR_HOOG_INKOMEN,
                 HUUR_CENT_ONDER_STREEFHUUR_HOOG_INKOMEN, IAH_TOT_STREEFHUUR, KAMER_HOOG_INKOMEN ->
                    p.add(persoon(geboren(between(25, 60)), Rol.HUURDER, hoog(1)));
            default -> gewoon(p, type);
        }
        return p;
    }

    private void gewoon(List<Bewoner> p, Woningtype type) {
        int r = rng.nextInt(1000);
        if (type == Woningtype.ONZELFSTANDIG) {
            p.add(volwassene(between(18, 34), Rol.HUURDER));
            return;
        }
        if (r < 30) {
            return; // nobody registered
        }
        int personen = r < 400 ? 1 : r < 700 ? 2 : r < 830 ? 3 : r < 940 ? 4 : r < 985 ? 5 : 6;
        int leeftijd = rng.nextInt(100) < 28 ? between(66, 95) : between(20, 65);
        p.add(volwassene(leeftijd, Rol.HUURDER));
        if (personen >= 2) {
            if (rng.nextInt(100) < 80) {
                int partner = Math.max(18, leeftijd + between(-6, 6));
                int rol = rng.nextInt(10);
                p.add(volwassene(partner, rol < 6 ? Rol.PARTNER : rol < 9 ? Rol.MEDEHUURDER : Rol.HUURDER));
            } else {
                p.add(volwassene(between(18, 90), Rol.INWONEND));
            }
        }
        int maxKind = Math.max(0, Math.min(30, leeftijd - 18));
        for (int k = 2; k < personen; k++) {
            int kind = between(0, maxKind);
            Rol rol = rng.nextInt(100) < 85 ? Rol.INWONEND : null;
            p.add(kind >= 16 ? volwassene(kind, rol) : persoon(geboren(kind), rol, Bewoner.GEEN_RIJ));
        }
    }

    private Bewoner volwassene(int leeftijd, Rol rol) {
        LocalDate geboren = geboren(leeftijd);
        int r = rng.nextInt(1000);
        if (r < 25) {
            return new Bewoner(bsn.volgende(), geboren, rol, Bewoner.GEEN_RIJ, true);
        }
        if (r < 55 || (leeftijd < 18 && r < 700)) {
            return persoon(geboren, rol, Bewoner.GEEN_RIJ);
        }
        return persoon(geboren, rol, inkomen(leeftijd));
    }

    /** A verzamelinkomen in whole euros, as the Belastingdienst reports it. */
    private long inkomen(int leeftijd) {
        int r = rng.nextInt(100);
        if (leeftijd < 23) {
            return euro(0, 28_000);
        }
        if (leeftijd >= 67) {
            return r < 70 ? euro(14_000, 26_000) : euro(26_000, 48_000);
        }
        return r < 30 ? euro(9_000, 24_000)
                : r < 70 ? euro(24_000, 45_000)
                : r < 92 ? euro(45_000, 75_000)
                : euro(75_000, 130_000);
    }

    /** Well above the highest band for the household size, so only an exemption stops the IAH. */
    private long hoog(int personen) {
        long[] grenzen = personen == 1 ? grenzen1 : grenzenMeer;
        return (grenzen[grenzen.length - 1] * 115 / 100) / 100 * 100;
    }

    private Bewoner persoon(LocalDate geboren, Rol rol, long inkomen) {
        return new Bewoner(bsn.volgende(), geboren, rol, inkomen, false);
    }

    /** Someone who is exactly {@code leeftijd} on the peildatum, born on a random day of that year. */
    private LocalDate geboren(int leeftijd) {
        return peildatum.minusYears(leeftijd).minusDays(rng.nextInt(365));
    }

    private long euro(int van, int tot) {
        return (long) between(van, tot) * 100;
    }

    private int between(int van, int tot) {
        return van + rng.nextInt(tot - van + 1);
    }

    /**
     * The household's income category as the Belastingdienst would answer it per address
     * (inkomenscategorie.csv): the band names of {@link Wetcijfers#bandNamen}, LAAG or ONBEKEND.
     */
    static String categorie(List<Bewoner> personen, int jaar) {
        long[] grenzen = personen.size() == 1 ? Wetcijfers.iahGrenzen1(jaar) : Wetcijfers.iahGrenzenMeer(jaar);
        LocalDate eersteJanuari = LocalDate.of(jaar, 1, 1);
        long vrijstelling = Wetcijfers.jongerenVrijstelling(jaar);
        long totaal = 0;
        for (Bewoner p : personen) {
            if (p.nietVastgesteld()) {
                return "ONBEKEND";
            }
            if (p.inkomen() == Bewoner.GEEN_RIJ) {
                continue;
            }
            boolean jongere = (p.rol() == null || p.rol() == Rol.INWONEND)
                    && p.geboren().plusYears(23).isAfter(eersteJanuari);
            totaal += jongere ? Math.max(0, p.inkomen() - vrijstelling) : p.inkomen();
        }
        String[] namen = Wetcijfers.bandNamen(jaar);
        for (int b = grenzen.length - 1; b >= 0; b--) {
            if (totaal >= grenzen[b]) {
                return namen[b];
            }
        }
        return "LAAG";
    }
}
