package id.djpk.portal.ppid;

/** The PPID's written notice (art. 22(7)): granted in whole or in part, rejected under art. 17, or not held. */
public enum Decision {
    GRANTED, PARTLY_GRANTED, REJECTED, NOT_HELD;

    /** Whether information is withheld, which art. 17 allows only with a ground and a consequence test. */
    public boolean withholds() {
        return this == PARTLY_GRANTED || this == REJECTED;
    }

    /** Whether information is given (in whole or in part): what the officer prepared is released with it. */
    public boolean gives() {
        return this == GRANTED || this == PARTLY_GRANTED;
    }
}
