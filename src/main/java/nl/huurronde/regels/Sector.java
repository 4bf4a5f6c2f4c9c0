package nl.huurronde.regels;

/** Rent sector of a contract (rules.md §1). */
public enum Sector { SOCIAAL, MIDDEN, VRIJ }
