/**
 * The desk's users (table {@code gebruiker}): roles, password hashes, failed logins and lockout, the
 * action log ({@code gebruiker_actie}), and the command {@code huurronde gebruiker}. No web classes: the
 * command runs without the web application; the desk ({@code balie}) builds on it.
 */
package nl.huurronde.gebruiker;
