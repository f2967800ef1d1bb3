package id.djpk.portal.web.system;

import id.djpk.portal.system.Formatter;
import id.djpk.portal.system.OfficeClock;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way staff pages read their view parameters ({@code ?id=}, {@code ?nomor=}, {@code ?bulan=},
 * {@code ?tahun=}), so that a typed or stale address never ends in a 500. A month or year that cannot be read is
 * reported at the top of the page, naming the parameter and what is shown instead (the page's default); an id that
 * is malformed
 * or names nothing sends the portal's own "not found" page (404) with what was not found. Pages bind the raw text
 * (a String property): a Faces converter on the view parameter would skip the view action on failure and leave the
 * bean unloaded.
 */
public final class ViewParams {

    /** Request attribute read by error/404.xhtml: what was not found, in the staff member's language. */
    public static final String NOT_FOUND_MESSAGE = "portal.notFound";

    private ViewParams() {
    }

    /** The month of {@code ?bulan=YYYY-MM}; empty gives {@code fallback}; malformed gives {@code fallback} and a message. */
    public static YearMonth month(String raw, YearMonth fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return OfficeClock.parseMonth(raw);
        } catch (OfficeClock.MonthFormatException e) {
            message("param.month", raw, Formatter.of(locale()).month(fallback));
            return fallback;
        }
    }

    /** The year of {@code ?tahun=YYYY} (1–9999), as {@link #month}. */
    public static int year(String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String text = raw.trim();
        if (text.matches("\\d{1,4}") && Integer.parseInt(text) >= 1) {
            return Integer.parseInt(text);
        }
        message("param.year", raw, String.valueOf(fallback));
        return fallback;
    }

    /** The number of {@code ?id=}; malformed or missing: empty (the caller answers {@link #notFound}). */
    public static Optional<Long> id(String raw) {
        if (raw == null || !raw.trim().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(raw.trim()));
    }

    /**
     * Ends the request with the portal's "not found" page (404) saying, with the message {@code key} of the staff
     * texts, what was not found. Call from a view action; nothing of the page is rendered.
     */
    public static void notFound(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.getRequestMap().put(NOT_FOUND_MESSAGE, FacesMessages.text(key));
        try {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static void message(String key, String raw, String shown) {
        // the raw text as typed, not formatted as a number ("abc", "2024-13")
        String text = new MessageFormat(FacesMessages.text(key), locale()).format(new Object[] {raw.strip(), shown});
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
