package nl.huurronde.regels;

/** Role of a person registered at the address (brp.csv {@code rol}); empty means INWONEND. */
public enum Rol { HUURDER, MEDEHUURDER, PARTNER, INWONEND }
