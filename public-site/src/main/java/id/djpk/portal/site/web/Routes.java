package id.djpk.portal.site.web;

import id.djpk.portal.system.Links;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which Faces view renders a public address. */
public final class Routes {

    public static final String HOME = "/WEB-INF/views/home.xhtml";
    public static final String LISTING = "/WEB-INF/views/publikasi.xhtml";
    public static final String DETAIL = "/WEB-INF/views/publikasi-detail.xhtml";
    public static final String SEARCH = "/WEB-INF/views/cari.xhtml";

    /** Request attribute holding the slug of a detail page. */
    public static final String SLUG_ATTRIBUTE = "id.djpk.portal.site.slug";

    private static final String DETAIL_PREFIX = Links.PUBLICATION;
    // the shape PublicationRules.slugOf produces (plus its "-2" suffixes); anything else cannot exist
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_SLUG = 220;

    /** A view and, for a detail page, its slug. */
    public record Target(String view, String slug) {
    }

    private Routes() {
    }

    /** The view for a path inside the application, or empty when the path is not a page. */
    public static Optional<Target> resolve(String path) {
        if (path == null) {
            return Optional.empty();
        }
        switch (path) {
            case "", "/":
                return Optional.of(new Target(HOME, null));
            case "/publikasi":
                return Optional.of(new Target(LISTING, null));
            case "/cari":
                return Optional.of(new Target(SEARCH, null));
            default:
                break;
        }
        if (path.startsWith(DETAIL_PREFIX)) {
            String slug = path.substring(DETAIL_PREFIX.length());
            if (isSlug(slug)) {
                return Optional.of(new Target(DETAIL, slug));
            }
        }
        return Optional.empty();
    }

    public static boolean isSlug(String s) {
        return s != null && !s.isEmpty() && s.length() <= MAX_SLUG && SLUG.matcher(s).matches();
    }

    /** "/publikasi/" → "/publikasi": the one address of a page, for a permanent redirect; else null. */
    public static String canonical(String path) {
        if (path != null && path.length() > 1 && path.endsWith("/")) {
            String trimmed = path.replaceAll("/+$", "");
            if (resolve(trimmed).isPresent()) {
                return trimmed.isEmpty() ? "/" : trimmed;
            }
        }
        return null;
    }
}
