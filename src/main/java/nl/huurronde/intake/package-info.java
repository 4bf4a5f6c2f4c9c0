/**
 * Intake of the three extracts (spec: inputs.md), as plain Java without Spring: the whole-file
 * pre-check ({@link nl.huurronde.intake.Voorcontrole}), a streaming record reader
 * ({@link nl.huurronde.intake.CsvLezer}) and one validator per file that turns a record into a row plus
 * its rejections ({@link nl.huurronde.intake.Afwijzing}). The batch steps stage the rows; the duplicate
 * checks and the household join are SQL passes there.
 *
 * <p>Choices where inputs.md is silent:
 * <ul>
 *   <li>Only spaces are trimmed: a leading TAB or CR is the formula-injection case and stays. Any other
 *       control character (also a newline inside a quoted text field, or a TAB later in the text)
 *       rejects the row.</li>
 *   <li>Amounts: a single {@code .} or {@code ,} followed by one or two digits is the decimal
 *       separator ({@code 12.5}, {@code 0,5}); {@code €612,40} without a space is accepted; {@code .5},
 *       {@code 5.}, inner spaces, a trailing {@code €} and amounts of 10 billion or more are
 *       rejected.</li>
 *   <li>Dates need two-digit day and month and a four-digit year ({@code 1-7-2020} is rejected).</li>
 *   <li>wws_punten: at most four digits with at most two decimals, {@code .} or {@code ,}.</li>
 *   <li>huisnummer 1–99999; BSN {@code 000000000} fails the 11-proef (it is a placeholder).</li>
 *   <li>maximale_huur, streefhuur (huurders) and verzamelinkomen (inkomen) are required per row only,
 *       so their columns may be absent from the header; every other column with "required: yes" must
 *       be there, also huisletter and toevoeging in inkomenscategorie.csv.</li>
 *   <li>Blank lines before the header are skipped; a column without a name (trailing delimiter) is
 *       allowed; a delimiter tie in the header means comma. A record whose fields are all empty or
 *       spaces ({@code ;;;;} below an Excel export) is skipped like a blank line.</li>
 *   <li>The encoding is UTF-8 unless the job declares another ({@code invoer.encoding}); see
 *       {@link nl.huurronde.intake.TekenBron#open}.</li>
 *   <li>A record with the wrong number of fields gets one rejection with an empty {@code kolom}.</li>
 *   <li>Reasons in brp.csv, inkomen.csv and inkomenscategorie.csv never repeat a value; in huurders.csv
 *       only amounts, dates and enum values are repeated (at most 30 characters), never text, address
 *       parts or chronisch_ziek.</li>
 * </ul>
 */
package nl.huurronde.intake;
