package id.djpk.portal.identity;

/** The staff roles of DOMAIN.md. The names are the security roles of portal-web. */
public enum Role {
    ADMIN, PUBLISHER, AGENT, L2, PPID, PPID_SUPERIOR, DESK, REPORT_EDITOR,
    /**
     * A system that hands the portal work, not a person: the ministry's help desk HAI Kemenkeu forwarding tickets
     * ({@code POST /portal/api/channels/hai}, HTTP Basic). It reaches only the channel APIs, no page (web.xml).
     */
    INTEGRATION;

    // the names as constants, for {@code @RolesAllowed} on the services (an annotation takes no enum's name())
    public static final String ADMIN_NAME = "ADMIN";
    public static final String PUBLISHER_NAME = "PUBLISHER";
    public static final String AGENT_NAME = "AGENT";
    public static final String L2_NAME = "L2";
    public static final String PPID_NAME = "PPID";
    public static final String PPID_SUPERIOR_NAME = "PPID_SUPERIOR";
    public static final String DESK_NAME = "DESK";
    public static final String REPORT_EDITOR_NAME = "REPORT_EDITOR";
}
