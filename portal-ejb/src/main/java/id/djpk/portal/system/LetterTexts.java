package id.djpk.portal.system;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of a capability's letters and e-mails, from its bundle ({@code letters.properties} in its package, and
 * {@code letters_en.properties} where the capability writes to requesters who may have used the English site).
 * A requester's e-mails are in the language of the page they submitted from ({@link #in(String)}); official PDF
 * letters and notices of DJPK, and e-mails to staff, stay in Bahasa Indonesia ({@link #ID}, the default).
 */
public final class LetterTexts {

    public static final Locale ID = Locale.forLanguageTag("id-ID");
    public static final Locale EN = Locale.forLanguageTag("en-GB");

    /** The stored code of Indonesian, the default of every requester. */
    public static final String INDONESIAN = "id";
    public static final String ENGLISH = "en";

    // no fallback to the JVM's default locale: Indonesian is the base bundle, whatever the machine's locale
    private static final ResourceBundle.Control BASE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundle;
    private final ClassLoader loader;
    private final Locale locale;
    private final ResourceBundle texts;

    /** The bundle {@code letters} in the package of {@code owner}, in Indonesian. */
    public LetterTexts(Class<?> owner) {
        this(owner.getPackageName() + ".letters", owner.getClassLoader(), ID);
    }

    private LetterTexts(String bundle, ClassLoader loader, Locale locale) {
        this.bundle = bundle;
        this.loader = loader;
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(bundle, locale, loader, BASE_ONLY);
    }

    /** The same texts in a stored language code ({@code en}; anything else is Indonesian). */
    public LetterTexts in(String language) {
        Locale l = locale(language);
        return l.equals(locale) ? this : new LetterTexts(bundle, loader, l);
    }

    /** The language code to store for a page or API locale: {@code en} for English, {@code id} otherwise. */
    public static String language(Locale locale) {
        return locale != null && ENGLISH.equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    /** The locale of a stored language code. */
    public static Locale locale(String language) {
        return ENGLISH.equalsIgnoreCase(language == null ? null : language.trim()) ? EN : ID;
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A date as letters write it: "16 Mei 2024", "16 May 2024"; "—" for none. */
    public String date(LocalDate day) {
        return day == null ? "—" : format("d MMMM yyyy").format(day);
    }

    /** A date-time pattern in this language (month and day names). */
    public DateTimeFormatter format(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, locale);
    }
}
