/**
 * The desk ({@code huurronde web}): server-rendered pages for the staff who answer tenants: find a
 * contract, explain its proposal, its letters, the round overview; form login with the users of package
 * {@code gebruiker}. Every bean here is {@code @Profile("balie")}: only the web command activates it, so
 * the batch commands neither create these beans nor start the web and security auto-configuration
 * (ArchitectuurTest checks the profile). Controllers are thin: the queries are in the services
 * ({@link nl.huurronde.balie.Zoeken}, {@link nl.huurronde.balie.Contractuitleg},
 * {@link nl.huurronde.balie.Rondeoverzicht}), which read the stored proposals the way bezwaar and the
 * letters do.
 */
package nl.huurronde.balie;
