package id.djpk.portal.site.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Addresses of the static files with a content hash ({@code /resources/css/site.css?v=3fa9c1d2}),
 * so a new stylesheet reaches every browser at once although the old one may be cached for a year.
 */
@Named("assets")
@ApplicationScoped
public class Assets {

    static final String STYLESHEET = "/resources/css/site.css";
    static final String ICON = "/resources/img/favicon.svg";
    static final String SCRIPT = "/resources/js/site.js";
    static final String ACCESS_LINK = "/resources/js/access-link.js";

    private String stylesheet = STYLESHEET;
    private String icon = ICON;
    private String script = SCRIPT;
    private String accessLink = ACCESS_LINK;

    void init(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        stylesheet = versioned(context, STYLESHEET);
        icon = versioned(context, ICON);
        script = versioned(context, SCRIPT);
        accessLink = versioned(context, ACCESS_LINK);
    }

    public String getStylesheet() {
        return stylesheet;
    }

    public String getIcon() {
        return icon;
    }

    /** The header's menu button on small screens. */
    public String getScript() {
        return script;
    }

    /** The script that posts the access code of a link's fragment (status pages, ticket, survey). */
    public String getAccessLink() {
        return accessLink;
    }

    private static String versioned(ServletContext context, String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            if (in == null) {
                return path;
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readAllBytes());
            return context.getContextPath() + path + "?v=" + HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (IOException | NoSuchAlgorithmException e) {
            return context.getContextPath() + path;
        }
    }
}
