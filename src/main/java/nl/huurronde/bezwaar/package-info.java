/**
 * Bezwaar re-runs per tenant, reprints and the status overview (operations.md "Bezwaar: re-run per
 * tenant", outputs.md "After a bezwaar"): the commands {@code bezwaar}, {@code herdruk} and {@code status};
 * the bezwaar register ({@link nl.huurronde.bezwaar.Bezwaarregister}, the {@code bezwaar <stap>} commands,
 * docs/bezwaar.md) and the registered reminders ({@code herinnering}).
 *
 * <p>A bezwaar recomputes one contract from the inputs stored with its latest version plus the
 * corrections, with the run's policy and the run's huursom cap c, and stores version n+1 with reason
 * BEZWAAR. Corrections accumulate: version 3 starts from version 2's inputs.
 *
 * <p>Choices where the spec is silent:
 * <ul>
 *   <li>Folder name: {@code <run>/bezwaar/<contract_id>-v<n>/} with n the <em>new</em> version, as
 *       outputs.md says ("audit.csv (one row, versie n)"); the letter inside is
 *       {@code <contract_id>-v<n>.pdf}.</li>
 *   <li>The finance correction row goes from the last exported rent to the new one:
 *       {@code kale_huur_oud} = the replaced version's {@code kale_huur_nieuw}, so
 *       {@code mutatie = kale_huur_nieuw − kale_huur_oud} holds in every row and the ledger can check
 *       it still holds that rent.</li>
 *   <li>A bezwaar whose corrected facts equal the latest version's (the same bezwaar again, or proof
 *       already on file) changes nothing: exit 1 with the current numbers, nothing stored or written, and a
 *       pointer to {@code bezwaar voorleggen}, which writes the letter "Wij handhaven ons voorstel".
 *       Corrected facts that differ always make a new version with a revised letter, also when the rent
 *       stays the same (the tenant gets an answer, the audit shows what was corrected).</li>
 *   <li>{@code --ontvangen} is the day the tenant receives the revised proposal; default today plus the
 *       job's {@code bezorgdagen} (the letter is dated today and must still arrive two months before its
 *       ingangsdatum). A higher proposal starts on the first of the first month at least two months after
 *       that day, never before the ingangsdatum it replaces; a lower or equal one keeps that ingangsdatum.</li>
 *   <li>Household: {@code --brp F.csv} (all rows at the contract's address, any bad row refuses the
 *       bezwaar) gives personen and AOW from the birth dates; in a run with inkomen.csv the category is
 *       computed again from the run's incomes (no row counts 0), but a person who was not in the run's BRP
 *       was not in the income request, so the income is unknown (ONBEKEND) unless
 *       {@code --inkomenscategorie} is given. {@code --geboortedatum} (per person, optionally
 *       {@code ,ROL}) and {@code --personen N} cannot be linked to incomes: they keep the stored category;
 *       {@code --personen} alone also keeps whether someone reached the AOW age. A corrected household is
 *       known (no HUISHOUDEN_ONBEKEND). A category alone on a contract whose household is unknown is
 *       refused with a hint to give the household too.</li>
 *   <li>{@code --wws-punten} requires {@code --maximale-huur} (usage error otherwise): the program has no
 *       WWS table to derive a maximale huur, and the letter states the points with their maximum, so the
 *       two must belong together (issue #24). A maximale huur
 *       for a free-sector contract is refused. The sector never changes.</li>
 *   <li>Only a completed yearly run takes bezwaren and reprints (not a simulation, not an interrupted
 *       run). The job file must still match the run's policy checksum, as for a resumed run.</li>
 *   <li>The {@code correctie} text lists what changed (counts, AOW yes/no, categories, amounts of the
 *       dwelling), never a BSN, birth date or income.</li>
 *   <li>A reprint uses the original's date (the run's verzenddatum, or the revised letter's date) and,
 *       for a revised version, names the version it replaced.</li>
 * </ul>
 */
package nl.huurronde.bezwaar;
