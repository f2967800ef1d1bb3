package id.djpk.portal.site.web;

import id.djpk.portal.system.Links;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Optional;

/**
 * The per-address allowance of the public requests that make the portal write, send or search and are not a
 * submission of an intake (those count accepted submissions themselves): objections, replies to a ticket, survey
 * answers, letter checks by upload, and searches of {@code /cari} and {@code /faq}. Over the allowance the answer
 * is 429 with {@code Retry-After} and a page saying when to try again, in the reader's language, before the
 * request is read further. Mapped after the page cache: a search the cache answers costs nothing and is not
 * counted.
 */
public class AllowanceFilter extends HttpFilter {

    @Inject
    SubmissionLimit limit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String series = series(request);
        Optional<Long> wait = series == null ? Optional.empty() : limit.take(series, request);
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String path = RequestLimits.path(request);
        long minutes = (wait.get() + 59) / 60;
        response.setHeader("Retry-After", Long.toString(wait.get()));
        RequestSizeFilter.refuse(request, response, 429, MessageFormat.format(
                Pages.bundle(RequestSizeFilter.locale(request, path)).getString("limit.allowance"), minutes));
    }

    /** The series a request counts in, or null when it is not limited here. */
    static String series(HttpServletRequest request) throws IOException {
        String path = RequestLimits.path(request);
        if ("GET".equals(request.getMethod())) {
            String q = request.getParameter("q");
            return (path.equals("/cari") || path.equals(Links.FAQ)) && q != null && !q.isBlank()
                    ? SubmissionLimit.SEARCH : null;
        }
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        if (path.equals(Links.TICKET) && request.getCharacterEncoding() == null) {
            // the form's fields are read here first: as UTF-8, as the servlet would read them
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        return switch (path) {
            case Links.PPID_OBJECTION -> SubmissionLimit.OBJECTION;
            // the ticket page takes look-ups (guarded per number by the access-code limit) and replies
            case Links.TICKET -> request.getParameter("message") != null ? SubmissionLimit.REPLY : null;
            case Links.SURVEY -> SubmissionLimit.SURVEY;
            case Links.LETTER_CHECK -> SubmissionLimit.LETTER_CHECK;
            default -> null;
        };
    }
}
