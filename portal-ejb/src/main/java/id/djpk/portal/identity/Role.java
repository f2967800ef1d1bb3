package id.djpk.portal.identity;

/** The staff roles of DOMAIN.md. The names are the security roles of portal-web. */
public enum Role {
    ADMIN, PUBLISHER, AGENT, L2, PPID, PPID_SUPERIOR, DESK, REPORT_EDITOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String PUBLISHER_NAME = "PUBLISHER";
}
