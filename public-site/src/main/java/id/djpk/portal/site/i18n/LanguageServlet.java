package id.djpk.portal.site.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** {@code /bahasa?l=en&kembali=/publikasi}: remembers the language and returns to the page. */
@WebServlet(LanguageServlet.PATH)
public class LanguageServlet extends HttpServlet {

    public static final String PATH = "/bahasa";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Language.of(request.getParameter("l"));
        Cookie cookie = new Cookie(Language.COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setHeader("Cache-Control", "no-store");
        // 303: the browser fetches the page again with GET, now in the chosen language
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + safeReturnPath(request.getParameter("kembali")));
    }

    /** Only a path on this site: never an open redirect to another host. */
    static String safeReturnPath(String target) {
        if (target == null || target.isEmpty() || target.charAt(0) != '/' || target.startsWith("//")
                || target.startsWith("/\\") || target.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return target;
    }
}
