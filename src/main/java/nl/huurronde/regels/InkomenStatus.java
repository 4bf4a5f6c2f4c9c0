package nl.huurronde.regels;

/** Status of a verzamelinkomen as the Belastingdienst reports it. */
public enum InkomenStatus { VASTGESTELD, NIET_VASTGESTELD }
