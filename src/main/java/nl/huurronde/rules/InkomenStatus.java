package nl.huurronde.rules;

/** Status of a verzamelinkomen as the Belastingdienst reports it. */
public enum InkomenStatus { VASTGESTELD, NIET_VASTGESTELD }
