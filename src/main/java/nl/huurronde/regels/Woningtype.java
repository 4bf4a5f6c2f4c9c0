package nl.huurronde.regels;

/** Kind of let unit (verhuureenheid). */
public enum Woningtype { ZELFSTANDIG, ONZELFSTANDIG, WOONWAGEN, STANDPLAATS }
