package nl.huurronde.rules;

/** Kind of let unit (verhuureenheid). */
public enum Woningtype { ZELFSTANDIG, ONZELFSTANDIG, WOONWAGEN, STANDPLAATS }
