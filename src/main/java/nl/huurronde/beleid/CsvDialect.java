package nl.huurronde.beleid;

/** How the CSV outputs are written (job file {@code csv_dialect}). */
public enum CsvDialect {
    /** RFC 4180: comma, decimal point, UTF-8 ({@code standaard}, the default) */
    STANDAARD,
    /** what Excel with Dutch regional settings opens directly ({@code excel-nl}) */
    EXCEL_NL
}
