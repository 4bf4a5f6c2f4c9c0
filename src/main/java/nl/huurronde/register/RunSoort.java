package nl.huurronde.register;

/** A yearly run (letters, finance export) or a policy simulation (no letters, no effect on runs). */
public enum RunSoort { RUN, SIMULATIE }
