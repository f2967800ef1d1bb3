package id.djpk.portal.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The error pages of web.xml for a staff API address: the container answers 401 (wrong Basic credentials), 403 (a
 * role missing for the path) and errors raised outside JAX-RS itself through the error pages, before any resource
 * runs; for {@code /api/**} this filter (on the ERROR dispatch, mapped in web.xml) writes the JSON of
 * {@link ApiErrors} instead of the HTML page. Pages keep their HTML error pages.
 */
public class ApiErrorPages extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !path.startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        List<Locale> accepted = request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
        response.setStatus(status);
        response.setContentType(ApiErrors.JSON_UTF8);
        response.getWriter().write(ApiErrors.body(status, null, ApiErrors.locale(accepted)).toString());
    }
}
