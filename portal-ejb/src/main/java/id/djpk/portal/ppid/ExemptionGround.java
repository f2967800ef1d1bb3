package id.djpk.portal.ppid;

/** The exemptions of art. 17 (a)–(j) UU 14/2008, the only lawful reasons to withhold public information. */
public enum ExemptionGround {
    /** (a) would obstruct law enforcement */
    A_LAW_ENFORCEMENT,
    /** (b) intellectual property and protection from unfair competition */
    B_BUSINESS_COMPETITION,
    /** (c) state defence and security */
    C_DEFENCE_SECURITY,
    /** (d) Indonesia's natural wealth */
    D_NATURAL_WEALTH,
    /** (e) national economic resilience */
    E_ECONOMIC_RESILIENCE,
    /** (f) foreign relations */
    F_FOREIGN_RELATIONS,
    /** (g) contents of authentic private deeds and last wills */
    G_PRIVATE_DEEDS,
    /** (h) personal secrets */
    H_PERSONAL_SECRETS,
    /** (i) memoranda between or within public bodies, secret by their nature */
    I_INTERNAL_MEMORANDA,
    /** (j) information that a law says must not be disclosed */
    J_BY_LAW
}
