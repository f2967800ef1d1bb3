package id.djpk.portal.site.cache;

import java.util.Set;

/** Which addresses the page cache serves, and which of them differ by the reader's language. */
public final class CachePolicy {

    private static final Set<String> PAGES = Set.of("/", "/publikasi", "/cari");
    private static final Set<String> LANGUAGE_NEUTRAL = Set.of("/feed.atom", "/sitemap.xml", "/robots.txt",
            "/api/jdihn", "/api/publications");

    private CachePolicy() {
    }

    public static boolean isCacheable(String path) {
        return PAGES.contains(path) || path.startsWith("/publikasi/") || LANGUAGE_NEUTRAL.contains(path);
    }

    /** Pages are rendered in the reader's language; feeds and APIs are the same for everyone. */
    public static boolean isLanguageDependent(String path) {
        return !LANGUAGE_NEUTRAL.contains(path);
    }
}
