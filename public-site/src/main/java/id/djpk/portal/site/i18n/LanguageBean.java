package id.djpk.portal.site.i18n;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The language of this request, and the links that switch it. */
@Named("lang")
@RequestScoped
public class LanguageBean {

    @Inject
    private HttpServletRequest request;

    private Language language;

    @PostConstruct
    void init() {
        language = Language.fromCookies(request.getCookies());
    }

    public Language getLanguage() {
        return language;
    }

    /** For {@code <html lang>} and the view's locale. */
    public String getCode() {
        return language.code();
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language.code());
    }

    public boolean isEnglish() {
        return language == Language.EN;
    }

    /** {@code /bahasa?l=en&kembali=/publikasi%3Fjenis%3Dberita}: back to the page the reader is on. */
    public String switchUrl(String code) {
        return LanguageServlet.PATH + "?l=" + Language.of(code).code() + "&kembali="
                + URLEncoder.encode(currentPath(), StandardCharsets.UTF_8);
    }

    /** The address the reader asked for, not the view it was forwarded to or the error page. */
    String currentPath() {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String query = null;
        if (uri == null) {
            uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        }
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (path.isEmpty()) {
            path = "/";
        }
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }
}
