package nl.huurronde.intake;

import java.math.BigDecimal;

import nl.huurronde.regels.InkomenStatus;

/**
 * One row of inkomen.csv as read.
 *
 * @param bsn the value when it is 9 digits, even if it fails the 11-proef (it still counts for the
 *            duplicate check); else null
 */
public record InkomenRegel(long regel, String bsn, Integer peiljaar, BigDecimal verzamelinkomen,
        InkomenStatus status) {}
