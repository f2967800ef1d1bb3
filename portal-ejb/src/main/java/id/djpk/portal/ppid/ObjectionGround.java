package id.djpk.portal.ppid;

/** The grounds of an objection, art. 35(1) (a)–(g) UU 14/2008. */
public enum ObjectionGround {
    /** (a) refusal under art. 17 */
    A_REFUSED,
    /** (b) periodic information (art. 9) not provided */
    B_PERIODIC_NOT_PROVIDED,
    /** (c) the request was not responded to */
    C_NOT_ANSWERED,
    /** (d) answered other than as asked */
    D_ANSWERED_OTHERWISE,
    /** (e) the request was not fulfilled */
    E_NOT_FULFILLED,
    /** (f) unreasonable fees */
    F_UNREASONABLE_FEES,
    /** (g) delivered later than the law allows */
    G_LATE
}
