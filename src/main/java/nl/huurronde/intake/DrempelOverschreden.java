package nl.huurronde.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.huurronde.register.RondeFout;

/** More rows of a file were rejected than max_afwijzingen allows: the run ends as failed. */
public class DrempelOverschreden extends RondeFout {
    DrempelOverschreden(IntakeTellingen.Telling telling, BigDecimal max, String eersteRedenen) {
        super(telling.bestand() + ": " + telling.afgewezen() + " van " + telling.gelezen() + " regels afgewezen ("
                + BigDecimal.valueOf(telling.afgewezen() * 100).divide(BigDecimal.valueOf(telling.gelezen()), 1,
                RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%), meer dan max_afwijzingen "
                + max.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString().replace('.', ',')
                + "%; de run is gestopt zonder brieven (zie afgewezen.csv). Eerste redenen: " + eersteRedenen);
    }
}
