/**
 * The simulation for rent-policy staff (operations.md {@code simulatie}): the yearly run's intake and
 * rules on the same inputs, without letters, in its own run. After the intake the proposals stay in
 * memory, so a what-if answer takes seconds; a roll too large for the heap goes through the yearly run's
 * database steps instead, with the same outputs.
 */
package nl.huurronde.simulatie;
