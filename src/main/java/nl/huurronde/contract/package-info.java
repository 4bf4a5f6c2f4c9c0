/**
 * A contract's facts by name: {@link nl.huurronde.contract.Contract} (the dwelling, its rents and the
 * row's flags) and {@link nl.huurronde.contract.Huurder} (the tenant's name and address), each with
 * the one list of its columns that the staging insert, the voorstel table and their readers use. Plain
 * records with JDBC binding by column name; no Spring.
 */
package nl.huurronde.contract;
