package id.djpk.portal.letter;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of a capability's letters and e-mails, from its {@code letters.properties} next to its classes
 * (e.g. {@code id/djpk/portal/helpdesk/letters.properties}), in Bahasa Indonesia like DJPK's correspondence.
 * Each text is a {@link MessageFormat} pattern: what people typed goes in as an argument, never as the pattern.
 */
public final class LetterTexts {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final ResourceBundle texts;

    private LetterTexts(ResourceBundle texts) {
        this.texts = texts;
    }

    /** The {@code letters} bundle of {@code capability}'s package. */
    public static LetterTexts of(Class<?> capability) {
        return new LetterTexts(ResourceBundle.getBundle(capability.getPackageName() + ".letters", Locale.ROOT,
                capability.getClassLoader()));
    }

    public String text(String key, Object... args) {
        return new MessageFormat(texts.getString(key), INDONESIAN).format(args);
    }
}
