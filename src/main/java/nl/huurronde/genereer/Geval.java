package nl.huurronde.genereer;

import java.util.ArrayList;
import java.util.List;

/**
 * The boundary cases of rules.md that every generated set contains at least once (given enough
 * contracts), and that larger sets repeat at random. {@code band} picks an IAH band for the
 * income cases.
 */
record Geval(Soort soort, int band) {

    enum Soort {
        // sector (rules.md §1)
        AANVANG_OP_GRENS, AANVANG_CENT_BOVEN_GRENS, AANVANG_CENT_ONDER_GRENS, OUD_CONTRACT_SOCIAAL,
        OUD_CONTRACT_VRIJ, INGANG_OP_PEILDATUM, INGANG_DIT_JAAR,
        WWS_143, WWS_144, WWS_186, WWS_187, MIDDEN_OPGEGEVEN, MIDDEN_BOVEN_MAXIMALE_HUUR,
        // household (§2–§3)
        AOW_OP_PEILDATUM, AOW_DAG_LATER, VIER_PERSONEN_HOOG_INKOMEN, ZES_PERSONEN,
        JONGERE_22_OP_1_JANUARI, JONGERE_23_OP_1_JANUARI, JONGERE_ZONDER_ROL, JONGERE_MEDEHUURDER,
        INKOMEN_OP_GRENS_1, INKOMEN_CENT_ONDER_GRENS_1, INKOMEN_OP_GRENS_MEER, INKOMEN_CENT_ONDER_GRENS_MEER,
        NIET_VASTGESTELD, NIEMAND_INGESCHREVEN, GEEN_INKOMENSRIJ, GEDEELD_ADRES,
        // the proposal (§4)
        CHRONISCH_ZIEK_HOOG_INKOMEN, HUURBEVRIEZING, BEVRIEZING_BOVEN_MAXIMALE_HUUR,
        HUUR_OP_STREEFHUUR_HOOG_INKOMEN, HUUR_CENT_BOVEN_STREEFHUUR_HOOG_INKOMEN,
        HUUR_CENT_ONDER_STREEFHUUR_HOOG_INKOMEN, HUUR_TUSSEN_STREEFHUUR_EN_INDEX, IAH_TOT_STREEFHUUR,
        HUUR_BOVEN_MAXIMALE_HUUR, HUUR_OP_MAXIMALE_HUUR, HUUR_VLAK_ONDER_MAXIMALE_HUUR,
        LAAG_HUUR_CENT_ONDER_GRENS, LAAG_HUUR_OP_GRENS, LAAG_HUUR_VER_ONDER_GRENS, LAAG_HUUR_BIJ_STREEFHUUR,
        KAMER_HOOG_INKOMEN, KAMER_LAAG_HUUR, WOONWAGEN_BIJ_MAXIMALE_HUUR, WOONWAGEN_ZONDER_MAXIMALE_HUUR,
        WOONWAGEN_LAAG_HUUR, STANDPLAATS, STANDPLAATS_SECTOR_LEEG,
        // huursom (§5)
        VERBETERING_12_MAANDEN_MIN_DAG, VERBETERING_12_MAANDEN, VERBETERING_OP_PEILDATUM,
        VERBETERING_NA_PEILDATUM, BEZIT_1_JANUARI, BEZIT_2_JANUARI, BEZIT_31_DECEMBER,
        // hostile text (inputs.md): a valid row that must be kept
        FORMULE_NAAM;

        /** The Wet betaalbare huur cases need contracts from 1 July 2024, so rounds from 2024. */
        boolean bestaatIn(int jaar) {
            return switch (this) {
                case WWS_143, WWS_144, WWS_186, WWS_187, MIDDEN_OPGEGEVEN, MIDDEN_BOVEN_MAXIMALE_HUUR -> jaar >= 2024;
                default -> true;
            };
        }

        boolean perBand() {
            return switch (this) {
                case INKOMEN_OP_GRENS_1, INKOMEN_CENT_ONDER_GRENS_1, INKOMEN_OP_GRENS_MEER,
                     INKOMEN_CENT_ONDER_GRENS_MEER -> true;
                default -> false;
            };
        }
    }

    /** Every case of the round year, each income case once per IAH band of that year. */
    static List<Geval> alle(int jaar) {
        int banden = Math.max(1, Wetcijfers.iahGrenzen1(jaar).length);
        List<Geval> lijst = new ArrayList<>();
        for (Soort s : Soort.values()) {
            if (!s.bestaatIn(jaar)) {
                continue;
            }
            int n = s.perBand() ? banden : 1;
            for (int b = 0; b < n; b++) {
                lijst.add(new Geval(s, b));
            }
        }
        return List.copyOf(lijst);
    }
}
