package nl.huurronde.regels;

/** The kind of proposal (rules.md §4); audit column {@code soort}. */
public enum Soort { REGULIER, IAH, VRIJE_SECTOR, MIDDENHUUR, WOONWAGEN, BEVRIEZING }
