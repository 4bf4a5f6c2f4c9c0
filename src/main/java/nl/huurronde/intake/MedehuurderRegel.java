package nl.huurronde.intake;

/**
 * One line of medehuurders.csv.
 *
 * @param naamSleutel the name folded for the duplicate check (lower case, single spaces); null when unread
 */
public record MedehuurderRegel(long regel, String contractId, String naam, String naamSleutel) {}
