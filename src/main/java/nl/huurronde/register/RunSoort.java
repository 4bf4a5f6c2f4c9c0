package nl.huurronde.register;

/**
 * A yearly run (letters, finance export), a policy simulation (no letters, no effect on runs), or a
 * supplementary run of a completed yearly run (aanvulrun: only the contracts the round has no proposal
 * for, with the main run's policy and cap; its own letters and exports in the main run's folder).
 */
public enum RunSoort { RUN, SIMULATIE, AANVULLING }
