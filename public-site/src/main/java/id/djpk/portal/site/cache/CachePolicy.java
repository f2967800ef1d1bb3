package id.djpk.portal.site.cache;

import id.djpk.portal.site.web.Routes;
import id.djpk.portal.system.Links;
import java.util.Set;
import java.util.function.Predicate;

/** Which addresses the page cache serves, and which of them differ by the reader's language. */
public final class CachePolicy {

    private static final Set<String> PAGES = Set.of("/", "/publikasi", "/cari");
    private static final Set<String> LANGUAGE_NEUTRAL = Set.of("/feed.atom", "/sitemap.xml", "/robots.txt",
            "/api/jdihn", "/api/publications");

    private CachePolicy() {
    }

    public static boolean isCacheable(String path) {
        return PAGES.contains(path) || path.startsWith(Links.PUBLICATION) || LANGUAGE_NEUTRAL.contains(path);
    }

    /**
     * What a content change that touched the detail pages of these publications (slugs) leaves valid: the other
     * publications' detail pages. Everything else lists, finds or counts publications (home, listings, search, feeds,
     * sitemap, APIs) and goes.
     */
    public static Predicate<String> detailPagesOtherThan(Set<String> slugs) {
        return key -> {
            String path = PageCache.pathOf(key);
            String canonical = Routes.canonical(path);
            return Routes.resolve(canonical == null ? path : canonical)
                    .filter(t -> Routes.DETAIL.equals(t.view()) && !slugs.contains(t.slug())).isPresent();
        };
    }

    /** Pages are rendered in the reader's language; feeds and APIs are the same for everyone. */
    public static boolean isLanguageDependent(String path) {
        return !LANGUAGE_NEUTRAL.contains(path);
    }
}
