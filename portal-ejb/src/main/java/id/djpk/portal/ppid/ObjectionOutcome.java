package id.djpk.portal.ppid;

/**
 * The superior's answer (art. 36(2)–(3)): UPHELD keeps the PPID's answer (the objection fails, with written
 * reasons), OVERTURNED orders the PPID to give what was objected to.
 */
public enum ObjectionOutcome { UPHELD, OVERTURNED }
