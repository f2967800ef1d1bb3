package id.djpk.portal.web.security;

import id.djpk.portal.system.LimitedRequest;
import id.djpk.portal.web.api.ApiErrors;
import id.djpk.portal.web.i18n.LanguageBean;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The staff portal's limit on request bodies, {@value #MAX_BYTES} bytes (52 MB, what the HTTP listener allowed every
 * body before it let Email Lapor's larger ones through to the public site). A body whose Content-Length is over it
 * is refused with 413 unread; a URL-encoded form must say its length (411 otherwise: the container would read it
 * whole); a body without a length is counted as it is read and refused once past the limit. The answer is JSON
 * under {@code /api} (in the caller's Accept-Language) and a short page elsewhere (in the staff member's language),
 * and the connection is closed so that the rest of the body is not read. Multipart uploads of Faces pages have
 * their own, smaller limits (multipart-config).
 */
public class RequestBodyLimit extends HttpFilter {

    public static final long MAX_BYTES = 52L * 1024 * 1024;
    private static final String BUNDLE = "id.djpk.portal.web.i18n.messages";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!LimitedRequest.sendsBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > MAX_BYTES) {
            refuse(request, response, 413);
            return;
        }
        String type = request.getContentType();
        if (length < 0 && type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        if (length >= 0) {
            // the container reads no more than the declared length
            chain.doFilter(request, response);
            return;
        }
        if (new LimitedRequest(request, MAX_BYTES).passOn(chain, response)) {
            refuse(request, response, 413);
        }
    }

    @Inject
    private Instance<LanguageBean> language;

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        List<Locale> accepted = request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
        // the API answers in the caller's Accept-Language, a page in the staff member's chosen language (Indonesian
        // without a session)
        Locale locale = api || request.getSession(false) == null ? ApiErrors.locale(api ? accepted : List.of())
                : language.get().getLocale();
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(status);
        if (api) {
            response.setContentType(ApiErrors.JSON_UTF8);
            response.getWriter().write(ApiErrors.body(status, null, locale).toString());
            return;
        }
        // a page of its own, not a Faces view: rendering one would read the refused body's parameters
        ResourceBundle msg = ResourceBundle.getBundle(BUNDLE, locale);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<title>" + msg.getString("error.413.title") + "</title></head><body><main><h1>"
                + msg.getString("error.413.title") + "</h1><p>" + msg.getString("api.error." + status) + "</p><p><a href=\""
                + request.getContextPath() + "/index.xhtml\">" + msg.getString("error.home") + "</a></p></main></body></html>");
    }
}
