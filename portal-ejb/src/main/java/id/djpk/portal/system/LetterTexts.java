package id.djpk.portal.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of a capability's letters and e-mails, from its bundle ({@code letters.properties} in its package).
 * Official correspondence of DJPK is in Bahasa Indonesia, so the bundle has no other language.
 */
public final class LetterTexts {

    public static final Locale ID = Locale.forLanguageTag("id-ID");

    private final ResourceBundle texts;

    /** The bundle {@code letters} in the package of {@code owner}. */
    public LetterTexts(Class<?> owner) {
        texts = ResourceBundle.getBundle(owner.getPackageName() + ".letters", Locale.ROOT, owner.getClassLoader());
    }

    public String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, ID).format(args);
    }
}
