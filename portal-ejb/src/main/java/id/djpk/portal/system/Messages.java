package id.djpk.portal.system;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns a business message key and its arguments into text in the reader's language. */
public final class Messages {

    private static final String BUNDLE = "id.djpk.portal.system.errors";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        Locale l = locale == null || !"en".equals(locale.getLanguage()) ? Locale.forLanguageTag("id") : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        // plain digits: arguments are years, numbers and limits ("Tahun 2023", not "2.023");
        // days and months as the reader's language writes them ("9 Desember 2026", not "2026-12-09")
        Object[] args = arguments == null ? new Object[0] : arguments.clone();
        Formatter formatter = Formatter.of(l);
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Integer || args[i] instanceof Long) {
                args[i] = args[i].toString();
            } else if (args[i] instanceof LocalDate day) {
                args[i] = formatter.date(day);
            } else if (args[i] instanceof YearMonth month) {
                args[i] = formatter.month(month);
            } else if (args[i] instanceof Phrase phrase) {
                args[i] = text(locale, phrase.key(), phrase.arguments());
            }
        }
        return new MessageFormat(pattern, l).format(args);
    }

    public static String text(Locale locale, BusinessException e) {
        return text(locale, e.getKey(), e.getArguments());
    }
}
