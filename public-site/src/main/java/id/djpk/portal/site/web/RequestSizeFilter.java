package id.djpk.portal.site.web;

import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.LimitedRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Refuses a request body over its limit ({@link RequestLimits#bodyLimit}) with 413 before anything reads it:
 * at once when its Content-Length says so, otherwise as soon as the reading passes the limit. A URL-encoded
 * form must say its length (browsers always do), since the container would read such a body whole. The
 * answer is JSON {@code {"message"}} under {@code /api}, the error page elsewhere, in the sender's language;
 * the connection is closed so that the rest of the body is not read either.
 */
public class RequestSizeFilter extends HttpFilter {

    /** The request attribute with the message the 413 error page shows. */
    public static final String MESSAGE = "id.djpk.portal.site.limitMessage";

    private static final String BUNDLE = "id.djpk.portal.site.i18n.messages";
    private static final String ERROR_VIEW = "/WEB-INF/errors/413.xhtml";
    private static final String ALLOWANCE_VIEW = "/WEB-INF/errors/429.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!LimitedRequest.sendsBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = RequestLimits.path(request);
        long limit = RequestLimits.bodyLimit(path);
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(request, response, 413, RequestLimits.message(locale(request, path), new InputTooLargeException(null, limit)));
            return;
        }
        String type = request.getContentType();
        if (length < 0 && type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED,
                    bundle(locale(request, path)).getString("limit.lengthRequired"));
            return;
        }
        if (new Limited(request, limit).passOn(chain, response)) {
            // whoever read the body gave up with its own answer: the reason is the size
            refuse(request, response, 413, RequestLimits.message(locale(request, path), new InputTooLargeException(null, limit)));
        }
    }

    /** Indonesian unless the page's language cookie (pages) or the first Accept-Language (APIs) is English. */
    static Locale locale(HttpServletRequest request, String path) {
        if (!isApi(path)) {
            return Language.fromCookies(request.getCookies()).locale();
        }
        String accept = request.getHeader("Accept-Language");
        return (accept != null && "en".equals(request.getLocale().getLanguage()) ? Language.EN : Language.ID).locale();
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    /**
     * Answers with {@code status} and {@code message} without reading the body: JSON under {@code /api}, else the
     * error page of the status (413's for a refused body, 429's for a used-up allowance).
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        if (isApi(RequestLimits.path(request))) {
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(Jsonp.JSON.createObjectBuilder().add("message", message).build().toString());
        } else {
            // the error page is rendered as for a GET of it: nothing may try to read the refused body's fields
            HttpServletRequest bodiless = new HttpServletRequestWrapper(request) {
                @Override
                public String getMethod() {
                    return "GET";
                }

                @Override
                public String getContentType() {
                    return null;
                }

                @Override
                public long getContentLengthLong() {
                    return 0;
                }

                @Override
                public int getContentLength() {
                    return 0;
                }

                @Override
                public String getParameter(String name) {
                    return null;
                }

                @Override
                public java.util.Map<String, String[]> getParameterMap() {
                    return java.util.Map.of();
                }

                @Override
                public java.util.Enumeration<String> getParameterNames() {
                    return java.util.Collections.emptyEnumeration();
                }

                @Override
                public String[] getParameterValues(String name) {
                    return null;
                }
            };
            bodiless.setAttribute(MESSAGE, message);
            response.setStatus(status);
            try {
                request.getRequestDispatcher(status == 429 ? ALLOWANCE_VIEW : ERROR_VIEW).forward(bodiless, response);
            } catch (ServletException e) {
                throw new IOException(e);
            }
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, RequestSizeFilter.class.getClassLoader());
    }

    /** The request with its body counted; past the limit the reading throws {@link InputTooLargeException}. */
    private static final class Limited extends LimitedRequest {
        Limited(HttpServletRequest request, long limit) {
            super(request, limit);
        }

        @Override
        protected id.djpk.portal.system.LimitedInputStream limited(InputStream raw, long limit) {
            return new LimitedInputStream(raw, limit);
        }
    }
}
