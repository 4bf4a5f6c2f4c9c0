package nl.huurronde.genereer;

import java.time.LocalDate;

/**
 * The legal figures of policy.md that the generator aims its boundary cases at. Kept here, in
 * cents, so the generator does not depend on the policy package; the job itself takes the law
 * from its own bundled table.
 */
final class Wetcijfers {

    static final int EERSTE_JAAR = 2019;
    static final int LAATSTE_JAAR = 2026;

    /** Liberalisatiegrens per contract start year, 2002 onwards (policy.md). */
    private static final long[] LIBERALISATIEGRENS = {
            58518, 59316, 60438, 61501, 62178, 63005, 63173, 64753, 64753, 65252, // 2002–2011
            66466, 68102, 69948, 71068, 71068, 71068, 71068, 72042, 73714, 75233, // 2012–2021
            76347, 80806, 87966, 90007, 93293};                                    // 2022–2026

    private Wetcijfers() {}

    static LocalDate peildatum(int jaar) {
        return LocalDate.of(jaar, 7, 1);
    }

    static boolean heeftLiberalisatiegrens(int jaar) {
        return jaar >= 2002 && jaar <= LAATSTE_JAAR;
    }

    static long liberalisatiegrens(int jaar) {
        return LIBERALISATIEGRENS[jaar - 2002];
    }

    /** AOW age of the round year, in months (added as one number, rules.md §2). */
    static int aowMaanden(int jaar) {
        if (jaar <= 2021) {
            return 66 * 12 + 4;
        }
        if (jaar == 2022) {
            return 66 * 12 + 7;
        }
        if (jaar == 2023) {
            return 66 * 12 + 10;
        }
        return 67 * 12;
    }

    /**
     * Lower limits of the IAH bands for a 1-person household, ascending; empty in 2021 (no IAH).
     * 2026 is unconfirmed in policy.md: the 2025 limits are used as the nearest known figures.
     */
    static long[] iahGrenzen1(int jaar) {
        return switch (jaar) {
            case 2019 -> new long[] {4243600};
            case 2020 -> new long[] {4357400};
            case 2021 -> new long[] {};
            case 2022 -> new long[] {4794800, 5652700};
            case 2023 -> new long[] {4883600, 5757300};
            case 2024 -> new long[] {5275300, 6219100};
            default -> new long[] {5714300, 6736600};
        };
    }

    /** As {@link #iahGrenzen1}, for households of 2 or more persons. */
    static long[] iahGrenzenMeer(int jaar) {
        return switch (jaar) {
            case 2019 -> new long[] {4243600};
            case 2020 -> new long[] {4357400};
            case 2021 -> new long[] {};
            case 2022 -> new long[] {5548600, 7536900};
            case 2023 -> new long[] {5651300, 7676400};
            case 2024 -> new long[] {6104600, 8292100};
            default -> new long[] {6612600, 8982100};
        };
    }

    /** Band names written to inkomenscategorie.csv; the job file's bands must use the same names. */
    static String[] bandNamen(int jaar) {
        return switch (iahGrenzen1(jaar).length) {
            case 0 -> new String[] {};
            case 1 -> new String[] {"HOOG"};
            default -> new String[] {"HOOG", "ZEER_HOOG"};
        };
    }

    /** The under-23 income exemption of the year (2021 had no IAH; the 2020 figure stands in). */
    static long jongerenVrijstelling(int jaar) {
        return switch (jaar) {
            case 2019 -> 2010800;
            case 2020, 2021 -> 2045000;
            case 2022 -> 2143100;
            case 2023 -> 2183500;
            case 2024 -> 2235600;
            case 2025 -> 2507000;
            default -> 2681900;
        };
    }

    /** laag_huur grens: €300 in 2022–2024, €350 from 2025; other years get data around €300 anyway. */
    static long laagHuurGrens(int jaar) {
        return jaar >= 2025 ? 35000 : 30000;
    }
}
