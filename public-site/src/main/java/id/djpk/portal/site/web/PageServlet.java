package id.djpk.portal.site.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves the clean addresses ({@code /}, {@code /publikasi}, {@code /publikasi/{slug}},
 * {@code /cari}) by forwarding to their Faces view under {@code WEB-INF}. Mapped to exactly these
 * addresses in web.xml: left to the default servlet, each request would first be looked up as a
 * file (an exception per request inside the container, measurable under load).
 */
public class PageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        // the address asked for: for the home page the servlet path is the welcome file's, not "/"
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Routes.Target> target = Routes.resolve(path);
        if (target.isPresent()) {
            if (target.get().slug() != null) {
                request.setAttribute(Routes.SLUG_ATTRIBUTE, target.get().slug());
            }
            request.getRequestDispatcher(target.get().view()).forward(request, response);
            return;
        }
        String canonical = Routes.canonical(path);
        if (canonical != null) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + canonical + (query == null ? "" : "?" + query));
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
