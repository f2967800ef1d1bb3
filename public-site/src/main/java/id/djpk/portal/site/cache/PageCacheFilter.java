package id.djpk.portal.site.cache;

import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.site.publication.ContentSync;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers GET requests for pages, feeds and public APIs from {@link PageCache} and fills it on a
 * miss. Every cached answer carries an {@code ETag}, so a browser's revalidation costs a 304. A
 * reader's language is part of a page's key, so pages vary by the {@code lang} cookie. A kept page is also kept
 * gzip-compressed and sent so to clients that accept gzip ({@code Vary: Accept-Encoding}).
 */
public class PageCacheFilter extends HttpFilter {

    /**
     * Pages: browsers ask again every time (a cheap 304 while the ETag holds), so a published change
     * or a withdrawal is seen at once. Feeds and APIs: a few seconds of reuse suit their clients.
     */
    private static final String PAGE_CACHE_CONTROL = "public, no-cache";
    private static final String DATA_CACHE_CONTROL = "public, max-age=5";

    @Inject
    private ContentSync content;

    @Inject
    @ConfigProperty(name = "portal.site.cache.max-entries", defaultValue = "5000")
    private int maxEntries;

    @Inject
    @ConfigProperty(name = "portal.site.cache.max-megabytes", defaultValue = "64")
    private int maxMegabytes;

    @Inject
    @ConfigProperty(name = "portal.site.cache.max-age-seconds", defaultValue = "600")
    private int maxAgeSeconds;

    private PageCache cache;

    @Override
    public void init() {
        // a publish or an edit takes out the pages that list, find or count publications and the detail pages it
        // touched; the other publications' detail pages stay (ContentSync knows which each revision touched)
        cache = new PageCache(maxEntries, maxMegabytes * 1024L * 1024L, Duration.ofSeconds(maxAgeSeconds), System::nanoTime,
                (from, to) -> content.detailPagesChanged(from, to).map(CachePolicy::detailPagesOtherThan).orElse(null));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!("GET".equals(method) || head) || !CachePolicy.isCacheable(path)) {
            chain.doFilter(request, response);
            return;
        }
        boolean byLanguage = CachePolicy.isLanguageDependent(path);
        String key = PageCache.key(path, request.getQueryString(),
                byLanguage ? Language.fromCookies(request.getCookies()).code() : null);
        long revision = content.revision();
        CachedPage hit = cache.get(key, revision);
        if (hit != null) {
            send(request, response, hit, true, byLanguage, "HIT");
            return;
        }
        if (head) {
            chain.doFilter(request, response);
            return;
        }
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        if (capture.isPassedThrough()) {
            return;
        }
        List<CachedPage.Header> headers = new ArrayList<>(capture.headers());
        // a session cookie is added by the container itself, bypassing the wrapper
        if (response.containsHeader("Set-Cookie") || request.getSession(false) != null) {
            headers.add(new CachedPage.Header("Set-Cookie", "(container)"));
        }
        byte[] body = capture.body();
        String contentType = response.getContentType();
        if (response.getStatus() == HttpServletResponse.SC_OK && contentType != null && contentType.startsWith("text/html")) {
            body = HtmlWhitespace.collapse(body);
        }
        CachedPage page = CachedPage.of(response.getStatus(), contentType, headers, body, System.nanoTime());
        String outcome = "BYPASS";
        if (cache.wouldKeep(page)) {
            if (cache.admit(key)) {
                // compressed once here, so that no cache hit compresses
                page = page.compressed();
                outcome = cache.put(key, revision, page) ? "MISS" : "BYPASS";
            } else {
                // an address asked for the first time: noted, kept when it is asked again
                outcome = "FIRST";
            }
        }
        send(request, response, page, false, byLanguage, outcome);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, CachedPage page,
                             boolean fromCache, boolean byLanguage, String outcome) throws IOException {
        response.setHeader("X-Page-Cache", outcome);
        if (fromCache) {
            response.setStatus(page.status());
            response.setContentType(page.contentType());
            for (CachedPage.Header h : page.headers()) {
                response.addHeader(h.name(), h.value());
            }
        }
        boolean shareable = fromCache || page.isStorable() && !"BYPASS".equals(outcome);
        boolean gzip = page.gzipBody() != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        byte[] body = gzip ? page.gzipBody() : page.body();
        String etag = gzip ? page.gzipEtag() : page.etag();
        String vary = byLanguage && shareable ? "Cookie" : null;
        if (page.gzipBody() != null) {
            vary = vary == null ? "Accept-Encoding" : vary + ", Accept-Encoding";
        }
        if (vary != null) {
            response.setHeader("Vary", vary);
        }
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        if (shareable) {
            response.setHeader("ETag", etag);
            if (!response.containsHeader("Cache-Control")) {
                response.setHeader("Cache-Control", byLanguage ? PAGE_CACHE_CONTROL : DATA_CACHE_CONTROL);
            }
            if (matches(request.getHeader("If-None-Match"), etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setContentLength(body.length);
        // room for the whole body: one write to the connection instead of several buffer flushes
        response.setBufferSize(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /**
     * Whether an {@code Accept-Encoding} header accepts gzip: gzip or x-gzip without {@code q=0}, or else * without
     * {@code q=0} (RFC 9110 12.5.3: a coding named explicitly wins over *).
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isEmpty()) {
            return false;
        }
        Boolean gzip = null;
        boolean star = false;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            boolean accepted = true;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].trim().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) {
                    try {
                        accepted = Double.parseDouble(param.substring(2).trim()) > 0;
                    } catch (NumberFormatException e) {
                        accepted = false;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = (gzip != null && gzip) || accepted;
            } else if (coding.equals("*")) {
                star = accepted;
            }
        }
        return gzip != null ? gzip : star;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals(etag) || c.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
