package id.djpk.portal.site.web;

import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What every servlet of a public form does the same way: the reader's language and the site's texts in it, the
 * model handed to a transient Faces view under {@code WEB-INF}, and no-store for pages that carry access codes or
 * personal answers.
 */
public final class Pages {

    /** The public site's texts ({@code messages_id}, {@code messages_en}). */
    public static final String BUNDLE = "id.djpk.portal.site.i18n.messages";

    private Pages() {
    }

    /** Puts the model in the request under {@code name} and lets the view render it. */
    public static void render(HttpServletRequest request, HttpServletResponse response, String view, String name,
            Object model) throws IOException, ServletException {
        request.setAttribute(name, model);
        request.getRequestDispatcher(view).forward(request, response);
    }

    /** Access codes and personal answers must not stay in shared or browser caches, nor in the page cache. */
    public static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }

    /** The 405 of a path that takes only {@code allowed}. */
    public static void notAllowed(HttpServletResponse response, String allowed) throws IOException {
        response.setHeader("Allow", allowed);
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    /**
     * The language a requester's e-mails are written in ({@code id} or {@code en}): the API's optional
     * {@code language} field when given, else the language of the page (its cookie) or of the API call
     * ({@code Accept-Language}) that {@code locale} stands for.
     */
    public static String requesterLanguage(String field, Locale locale) {
        return isBlank(field) ? Language.of(locale.getLanguage()).code() : Language.of(field).code();
    }

    /** The reader's language, from the {@code lang} cookie. */
    public static Language language(HttpServletRequest request) {
        return Language.fromCookies(request.getCookies());
    }

    public static Locale locale(HttpServletRequest request) {
        return language(request).locale();
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Pages.class.getClassLoader());
    }

    /** A text of the site; with arguments, filled in as {@link MessageFormat} does. */
    public static String text(Locale locale, String key, Object... arguments) {
        String text = bundle(locale).getString(key);
        return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
    }

    /**
     * When a public request came and from which day its deadline counts: "3 Desember 2026, 10.15 WIB", or, outside
     * office hours, "diajukan 3 Desember 2026, 20.46 WIB; dihitung diterima 4 Desember 2026 (di luar jam kerja)".
     * Said the same way on the receipts and status pages of visits and PPID requests.
     */
    public static String received(Instant at, LocalDate receiptDay, Formats formats, Locale locale) {
        if (receiptDay == null || receiptDay.equals(at.atZone(formats.zone()).toLocalDate())) {
            return formats.dateTime(at);
        }
        return text(locale, "form.receivedLater", formats.dateTime(at), formats.date(receiptDay));
    }

    public static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Stripped of surrounding blanks; {@code ""} for none. */
    public static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
