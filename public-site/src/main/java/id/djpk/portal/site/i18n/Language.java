package id.djpk.portal.site.i18n;

import jakarta.servlet.http.Cookie;
import java.util.Locale;

/** The two languages of the public site. */
public enum Language {
    ID("id", Locale.forLanguageTag("id-ID")),
    EN("en", Locale.forLanguageTag("en-GB"));

    /** Holds the reader's choice only; it identifies nobody, so no consent is needed. */
    public static final String COOKIE = "lang";

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    /** The locale for dates and numbers ("16 Mei 2024", "1.271"). */
    public Locale locale() {
        return locale;
    }

    /** Anything but "en" means Indonesian, the site's language. */
    public static Language of(String code) {
        return "en".equalsIgnoreCase(code == null ? null : code.trim()) ? EN : ID;
    }

    public static Language fromCookies(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return of(c.getValue());
                }
            }
        }
        return ID;
    }
}
