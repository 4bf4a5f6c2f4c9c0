package nl.huurronde.register;

/** State of a run in ronde_run. */
public enum RondeStatus { BEZIG, VOLTOOID, MISLUKT, VERWIJDERD }
