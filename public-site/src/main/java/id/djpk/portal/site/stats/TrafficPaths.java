package id.djpk.portal.site.stats;

import java.util.Set;

/** Which requests are page views, and under which path a view is counted. */
public final class TrafficPaths {

    /** The column holding the path is this long. */
    static final int MAX_LENGTH = 500;

    private static final Set<String> NOT_PAGES = Set.of("/feed.atom", "/sitemap.xml", "/robots.txt", "/favicon.ico",
            "/bahasa");
    private static final String[] NOT_PAGE_PREFIXES = {"/resources/", "/jakarta.faces.resource/", "/api/", "/berkas/",
            "/openapi", "/health", "/metrics"};

    private TrafficPaths() {
    }

    /**
     * The path a page view is counted under: without query, path parameters ({@code ;jsessionid=})
     * and trailing slashes, so "/publikasi?hal=2" and "/publikasi/" count as "/publikasi", and each
     * detail page as its own "/publikasi/{slug}". Null when the request is no page view.
     */
    public static String pageOf(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String p = path;
        int q = p.indexOf('?');
        if (q >= 0) {
            p = p.substring(0, q);
        }
        int semicolon = p.indexOf(';');
        if (semicolon >= 0) {
            p = p.substring(0, semicolon);
        }
        if (p.contains("//")) {
            p = collapseSlashes(p);
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            p = "/";
        }
        if (p.charAt(0) != '/' || NOT_PAGES.contains(p) || p.endsWith(".xhtml")) {
            return null;
        }
        for (String prefix : NOT_PAGE_PREFIXES) {
            if (p.startsWith(prefix) || p.equals(prefix.substring(0, prefix.length() - (prefix.endsWith("/") ? 1 : 0)))) {
                return null;
            }
        }
        return p.length() > MAX_LENGTH ? p.substring(0, MAX_LENGTH) : p;
    }

    /** Runs of slashes as one (asked only of the rare path that has one: every page view passes here). */
    private static String collapseSlashes(String path) {
        StringBuilder collapsed = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '/' || collapsed.length() == 0 || collapsed.charAt(collapsed.length() - 1) != '/') {
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    /**
     * Successful HTML answers are page views, including "not modified" ones (a reader coming back to
     * a page the browser still holds); errors, redirects, feeds and files are not.
     */
    public static boolean isPageView(int status, String contentType) {
        return (status == 200 || status == 304) && contentType != null && contentType.startsWith("text/html");
    }
}
