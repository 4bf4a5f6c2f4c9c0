package nl.huurronde.genereer;

import java.time.LocalDate;
import java.util.SplittableRandom;

import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Woningtype;

/**
 * Makes the rent side of one contract: type, start, sector, rents and flags, for the round year.
 * Integer cent arithmetic with per-mille factors keeps it exact and fast; the numbers only need
 * to be plausible, the job does the real computation.
 */
final class Contractmaker {

    /** Wet betaalbare huur: contracts from this date get their sector from WWS points. */
    static final LocalDate WBH = Wetcijfers.wwsIndelingVanaf();
    /** Contracts before the first liberalisatiegrens period carry their sector in the row. */
    private static final LocalDate EERSTE_INGANG = Wetcijfers.eersteGrensdatum();

    private enum Pad { SOCIAAL, VRIJ, MIDDEN, KAMER, WOONWAGEN, STANDPLAATS }

    private final int jaar;
    private final LocalDate peildatum;
    private final SplittableRandom rng;
    private final long grensJaar;
    private final LocalDate laatsteVoorWbh;

    Contractmaker(int jaar, SplittableRandom rng) {
        this.jaar = jaar;
        this.peildatum = Wetcijfers.peildatum(jaar);
        this.rng = rng;
        this.grensJaar = Wetcijfers.liberalisatiegrens(LocalDate.of(jaar, 1, 1));
        LocalDate dagVoorWbh = WBH.minusDays(1);
        this.laatsteVoorWbh = peildatum.isBefore(dagVoorWbh) ? peildatum : dagVoorWbh;
    }

    /** A contract for boundary case {@code s}, or an ordinary one when {@code s} is null. */
    Contract maak(Geval.Soort s) {
        Contract c = new Contract();
        c.woningtype = type(s);
        c.ingang = ingang(s, c.woningtype);
        Pad pad = pad(s, c);
        c.sectorInRij = c.ingang.isBefore(EERSTE_INGANG) || sectorInRij(s, pad);
        switch (pad) {
            case SOCIAAL -> sociaal(c, s);
            case VRIJ -> vrij(c, s);
            case MIDDEN -> midden(c, s);
            case KAMER -> kamer(c, s);
            case WOONWAGEN -> woonwagen(c, s);
            case STANDPLAATS -> standplaats(c, s);
        }
        c.servicekosten = servicekosten(c.woningtype);
        vlaggen(c, s);
        return c;
    }

    private Woningtype type(Geval.Soort s) {
        if (s != null) {
            return switch (s) {
                case KAMER_HOOG_INKOMEN, KAMER_LAAG_HUUR -> Woningtype.ONZELFSTANDIG;
                case WOONWAGEN_BIJ_MAXIMALE_HUUR, WOONWAGEN_ZONDER_MAXIMALE_HUUR, WOONWAGEN_LAAG_HUUR ->
                        Woningtype.WOONWAGEN;
                case STANDPLAATS, STANDPLAATS_SECTOR_LEEG -> Woningtype.STANDPLAATS;
                default -> Woningtype.ZELFSTANDIG;
            };
        }
        int r = rng.nextInt(100);
        return r < 88 ? Woningtype.ZELFSTANDIG
                : r < 94 ? Woningtype.ONZELFSTANDIG
                : r < 97 ? Woningtype.WOONWAGEN
                : Woningtype.STANDPLAATS;
    }

    private LocalDate ingang(Geval.Soort s, Woningtype type) {
        if (s == null) {
            if (rng.nextInt(100) < 4) {
                return tussen(LocalDate.of(1985, 1, 1), LocalDate.of(2001, 12, 31));
            }
            return tussen(EERSTE_INGANG, peildatum);
        }
        return switch (s) {
            case OUD_CONTRACT_SOCIAAL, OUD_CONTRACT_VRIJ -> tussen(LocalDate.of(1988, 1, 1), LocalDate.of(2001, 12, 31));
            case INGANG_OP_PEILDATUM -> peildatum;
            case INGANG_DIT_JAAR -> LocalDate.of(jaar, 2, 1);
            case AANVANG_OP_GRENS, AANVANG_CENT_BOVEN_GRENS, AANVANG_CENT_ONDER_GRENS ->
                    tussen(LocalDate.of(2003, 1, 1), laatsteVoorWbh);
            case WWS_143, WWS_144, WWS_186, WWS_187, MIDDEN_OPGEGEVEN, MIDDEN_BOVEN_MAXIMALE_HUUR ->
                    tussen(WBH, peildatum);
            default -> tussen(EERSTE_INGANG, laatsteVoorWbh);
        };
    }

    private Pad pad(Geval.Soort s, Contract c) {
        switch (c.woningtype) {
            case ONZELFSTANDIG: return Pad.KAMER;
            case WOONWAGEN: return Pad.WOONWAGEN;
            case STANDPLAATS: return Pad.STANDPLAATS;
            default: break;
        }
        if (s != null) {
            switch (s) {
                case AANVANG_CENT_BOVEN_GRENS, OUD_CONTRACT_VRIJ, WWS_187: return Pad.VRIJ;
                case WWS_144, WWS_186, MIDDEN_OPGEGEVEN, MIDDEN_BOVEN_MAXIMALE_HUUR: return Pad.MIDDEN;
                default: return Pad.SOCIAAL;
            }
        }
        int r = rng.nextInt(100);
        if (!c.ingang.isBefore(WBH)) {
            return r < 85 ? Pad.SOCIAAL : r < 93 ? Pad.MIDDEN : Pad.VRIJ;
        }
        return r < 92 ? Pad.SOCIAAL : Pad.VRIJ;
    }

    /** The boundary cases test the derivation, so they leave the column empty. */
    private boolean sectorInRij(Geval.Soort s, Pad pad) {
        if (s != null) {
            return switch (s) {
                case MIDDEN_OPGEGEVEN, MIDDEN_BOVEN_MAXIMALE_HUUR -> true;
                case AANVANG_OP_GRENS, AANVANG_CENT_BOVEN_GRENS, AANVANG_CENT_ONDER_GRENS, INGANG_OP_PEILDATUM,
                     INGANG_DIT_JAAR, WWS_143, WWS_144, WWS_186, WWS_187, STANDPLAATS_SECTOR_LEEG -> false;
                default -> rng.nextInt(100) < 60;
            };
        }
        return rng.nextInt(100) < 60;
    }

    private void sociaal(Contract c, Geval.Soort s) {
        c.sector = Sector.SOCIAAL;
        boolean nieuw = !c.ingang.isBefore(WBH);
        int punten = nieuw ? (s == Geval.Soort.WWS_143 ? 143 : between(95, 143)) : between(95, 170);
        c.maximaleHuur = punten * grensJaar / 143;
        c.streefhuur = promille(c.maximaleHuur, between(620, 850));
        c.kaleHuur = promille(c.streefhuur, factor(s));
        long laag = Wetcijfers.laagHuurGrens(jaar);
        if (s != null) {
            switch (s) {
                case HUUR_OP_STREEFHUUR_HOOG_INKOMEN -> c.kaleHuur = c.streefhuur;
                case HUUR_CENT_BOVEN_STREEFHUUR_HOOG_INKOMEN -> c.kaleHuur = c.streefhuur + 1;
                case HUUR_CENT_ONDER_STREEFHUUR_HOOG_INKOMEN -> c.kaleHuur = c.streefhuur - 1;
                case HUUR_TUSSEN_STREEFHUUR_EN_INDEX -> c.kaleHuur = c.streefhuur + Math.max(1, c.streefhuur / 200);
                case IAH_TOT_STREEFHUUR -> c.kaleHuur = promille(c.streefhuur, 985);
                case HUUR_BOVEN_MAXIMALE_HUUR, BEVRIEZING_BOVEN_MAXIMALE_HUUR -> {
                    c.streefhuur = promille(c.maximaleHuur, 960);
                    c.kaleHuur = c.maximaleHuur + between(500, 4000);
                }
                case HUUR_OP_MAXIMALE_HUUR -> {
                    c.streefhuur = c.maximaleHuur;
                    c.kaleHuur = c.maximaleHuur;
                }
                case HUUR_VLAK_ONDER_MAXIMALE_HUUR -> {
                    c.streefhuur = c.maximaleHuur;
                    c.kaleHuur = c.maximaleHuur - between(100, 900);
                }
                case LAAG_HUUR_CENT_ONDER_GRENS -> laag(c, laag - 1);
                case LAAG_HUUR_OP_GRENS -> laag(c, laag);
                case LAAG_HUUR_VER_ONDER_GRENS -> laag(c, laag - between(3000, 9000));
                case LAAG_HUUR_BIJ_STREEFHUUR -> {
                    laag(c, laag - 1000);
                    c.streefhuur = c.kaleHuur + 1000; // +€25 would pass this year's streefhuur
                }
                default -> { }
            }
        }
        if (c.kaleHuur > c.maximaleHuur && s != Geval.Soort.HUUR_BOVEN_MAXIMALE_HUUR
                && s != Geval.Soort.BEVRIEZING_BOVEN_MAXIMALE_HUUR) {
            c.kaleHuur = c.maximaleHuur - between(0, 2000);
        }
        if (nieuw) {
            c.wwsPunten = punten;
            c.aanvangshuur = promille(c.kaleHuur, between(960, 1000));
        } else {
            c.wwsPunten = rng.nextInt(100) < 60 ? punten : -1;
            c.aanvangshuur = aanvangSociaal(c);
        }
        if (s == Geval.Soort.AANVANG_OP_GRENS) {
            vanafAanvang(c, grens(c.ingang));
        } else if (s == Geval.Soort.AANVANG_CENT_ONDER_GRENS) {
            vanafAanvang(c, grens(c.ingang) - 1);
        } else if (s == Geval.Soort.INGANG_DIT_JAAR && !nieuw) {
            vanafAanvang(c, grens(c.ingang) - between(100, 2000)); // just below: still social
        }
    }

    /** A starting rent fixed by the case: today's rent grows from it, targets sit above it. */
    private void vanafAanvang(Contract c, long aanvang) {
        c.aanvangshuur = aanvang;
        c.kaleHuur = gegroeid(aanvang, c.ingang);
        c.streefhuur = promille(c.kaleHuur, between(1050, 1150));
        c.maximaleHuur = Math.max(c.maximaleHuur, promille(c.streefhuur, between(1150, 1300)));
    }

    /** Kale huur as a per-mille of the streefhuur: most below, some at or above it. */
    private int factor(Geval.Soort s) {
        if (s != null) {
            return between(800, 900); // the household cases need room below the streefhuur
        }
        int r = rng.nextInt(100);
        if (r < 35) {
            return between(800, 969);
        }
        if (r < 60) {
            return between(970, 999);
        }
        if (r < 70) {
            return 1000;
        }
        if (r < 80) {
            return between(1001, 1060);
        }
        return between(700, 799);
    }

    private void laag(Contract c, long kale) {
        c.kaleHuur = kale;
        c.streefhuur = promille(kale, between(1250, 1500));
        c.maximaleHuur = promille(c.streefhuur, between(1150, 1400));
    }

    private long aanvangSociaal(Contract c) {
        long aanvang = terugGegroeid(c.kaleHuur, c.ingang);
        if (!c.ingang.isBefore(EERSTE_INGANG)) {
            long grens = grens(c.ingang);
            if (aanvang > grens) {
                aanvang = promille(grens, between(800, 995));
            }
        }
        return Math.max(aanvang, 15000);
    }

    private void vrij(Contract c, Geval.Soort s) {
        c.sector = Sector.VRIJ;
        if (!c.ingang.isBefore(WBH)) {
            c.wwsPunten = s == Geval.Soort.WWS_187 ? 187 : between(187, 240);
            c.kaleHuur = schaal(between(110000, 170000));
            c.aanvangshuur = promille(c.kaleHuur, between(960, 1000));
            return;
        }
        if (c.ingang.isBefore(EERSTE_INGANG)) {
            c.aanvangshuur = between(60000, 90000);
        } else {
            long grens = grens(c.ingang);
            c.aanvangshuur = s == Geval.Soort.AANVANG_CENT_BOVEN_GRENS ? grens + 1 : grens + between(1, 35000);
        }
        c.kaleHuur = gegroeid(c.aanvangshuur, c.ingang);
        if (rng.nextInt(100) < 30) {
            c.wwsPunten = between(150, 230);
        }
    }

    private void midden(Contract c, Geval.Soort s) {
        c.sector = Sector.MIDDEN;
        c.wwsPunten = s == Geval.Soort.WWS_144 ? 144 : s == Geval.Soort.WWS_186 ? 186 : between(144, 186);
        c.maximaleHuur = Math.min(c.wwsPunten * grensJaar / 143, middenBovengrens());
        c.kaleHuur = s == Geval.Soort.MIDDEN_BOVEN_MAXIMALE_HUUR
                ? c.maximaleHuur + between(500, 3000)
                : promille(c.maximaleHuur, between(900, 1000));
        c.aanvangshuur = promille(c.kaleHuur, between(960, 1000));
    }

    private long middenBovengrens() {
        return Wetcijfers.middenBovengrens(jaar);
    }

    private void kamer(Contract c, Geval.Soort s) {
        c.sector = Sector.SOCIAAL;
        int punten = between(25, 75);
        c.maximaleHuur = schaal(punten * 600L);
        c.streefhuur = promille(c.maximaleHuur, between(700, 900));
        c.kaleHuur = promille(c.streefhuur, s == null ? between(850, 1030) : between(850, 950));
        if (s == Geval.Soort.KAMER_LAAG_HUUR) {
            laag(c, Wetcijfers.laagHuurGrens(jaar) - between(500, 5000));
        }
        c.kaleHuur = Math.min(c.kaleHuur, c.maximaleHuur);
        c.wwsPunten = !c.ingang.isBefore(WBH) || rng.nextInt(2) == 0 ? punten : -1;
        c.aanvangshuur = aanvangSociaal(c);
    }

    private void woonwagen(Contract c, Geval.Soort s) {
        c.sector = Sector.SOCIAAL;
        c.kaleHuur = schaal(between(18000, 42000));
        if (s == Geval.Soort.WOONWAGEN_LAAG_HUUR) {
            c.kaleHuur = Wetcijfers.laagHuurGrens(jaar) - between(1000, 6000);
        }
        if (s == Geval.Soort.WOONWAGEN_BIJ_MAXIMALE_HUUR) {
            c.maximaleHuur = c.kaleHuur + between(100, 600); // the increase runs into it
        } else if (s == null && rng.nextInt(2) == 0) {
            c.maximaleHuur = promille(c.kaleHuur, between(1050, 1400));
        }
        c.aanvangshuur = aanvangSociaal(c);
    }

    private void standplaats(Contract c, Geval.Soort s) {
        c.sector = Sector.SOCIAAL;
        c.kaleHuur = schaal(between(9000, 25000));
        if (s == null && rng.nextInt(5) == 0) {
            c.maximaleHuur = promille(c.kaleHuur, between(1100, 1500));
        }
        c.aanvangshuur = aanvangSociaal(c);
    }

    private long servicekosten(Woningtype type) {
        int r = rng.nextInt(100);
        if (r < 30) {
            return -1; // empty: default 0
        }
        if (r < 45) {
            return 0;
        }
        return type == Woningtype.STANDPLAATS ? between(0, 1500) : between(500, 7500);
    }

    private void vlaggen(Contract c, Geval.Soort s) {
        c.chronischZiek = s == Geval.Soort.CHRONISCH_ZIEK_HOOG_INKOMEN || (s == null && rng.nextInt(100) < 2);
        c.huurbevriezing = s == Geval.Soort.HUURBEVRIEZING || s == Geval.Soort.BEVRIEZING_BOVEN_MAXIMALE_HUUR
                || (s == null && rng.nextInt(1000) < 15);
        LocalDate eenJaarTerug = peildatum.minusMonths(12);
        if (s == null) {
            if (rng.nextInt(1000) < 25) {
                c.woningverbetering = tussen(peildatum.minusYears(3), peildatum);
            }
            if (rng.nextInt(1000) < 25) {
                c.inBezitSinds = tussen(LocalDate.of(jaar - 6, 1, 1), LocalDate.of(jaar, 6, 30));
            }
            return;
        }
        switch (s) {
            case VERBETERING_12_MAANDEN_MIN_DAG -> c.woningverbetering = eenJaarTerug.plusDays(1);
            case VERBETERING_12_MAANDEN -> c.woningverbetering = eenJaarTerug;
            case VERBETERING_OP_PEILDATUM -> c.woningverbetering = peildatum;
            case VERBETERING_NA_PEILDATUM -> c.woningverbetering = peildatum.plusDays(1);
            case BEZIT_1_JANUARI -> c.inBezitSinds = LocalDate.of(jaar, 1, 1);
            case BEZIT_2_JANUARI -> c.inBezitSinds = LocalDate.of(jaar, 1, 2);
            case BEZIT_31_DECEMBER -> c.inBezitSinds = LocalDate.of(jaar - 1, 12, 31);
            default -> { }
        }
    }

    private long grens(LocalDate ingang) {
        return Wetcijfers.liberalisatiegrens(ingang);
    }

    /** Rents follow the yearly legal level: scale a 2020 amount to the round year. */
    private long schaal(long cent2020) {
        return cent2020 * grensJaar / Wetcijfers.liberalisatiegrens(LocalDate.of(2020, 1, 1));
    }

    /** About 2.5% a year of increases since the start. */
    private long gegroeid(long aanvang, LocalDate ingang) {
        long huur = aanvang;
        for (int j = ingang.getYear(); j < jaar; j++) {
            huur = huur * 1025 / 1000;
        }
        return huur;
    }

    private long terugGegroeid(long huur, LocalDate ingang) {
        long aanvang = huur;
        for (int j = Math.max(ingang.getYear(), jaar - 30); j < jaar; j++) {
            aanvang = aanvang * 1000 / 1025;
        }
        return aanvang;
    }

    private LocalDate tussen(LocalDate van, LocalDate tot) {
        long dagen = tot.toEpochDay() - van.toEpochDay();
        return van.plusDays(rng.nextLong(dagen + 1));
    }

    private int between(int van, int tot) {
        return van + rng.nextInt(tot - van + 1);
    }

    private static long promille(long cent, int promille) {
        return cent * promille / 1000;
    }
}
