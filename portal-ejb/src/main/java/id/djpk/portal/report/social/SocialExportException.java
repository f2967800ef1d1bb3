package id.djpk.portal.report.social;

import id.djpk.portal.system.Formatter;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An export file the readers refuse: not a known export, too large, a value they cannot read, or no data for the
 * month asked. The key names a message in {@code id/djpk/portal/report/social/messages.properties} (Indonesian)
 * and {@code messages_en.properties}; {@link #message(Locale)} fills in the arguments the way the reader's
 * language writes months, dates and numbers ("Maret 2024", "200.000"). {@link #getMessage()} is the Indonesian
 * text, for logs.
 */
public class SocialExportException extends RuntimeException {

    public static final String EMPTY = "social.export.empty";
    public static final String TOO_LARGE = "social.export.tooLarge";
    public static final String TOO_MANY_ROWS = "social.export.tooManyRows";
    public static final String NOT_CSV = "social.export.notCsv";
    public static final String MALFORMED = "social.export.malformed";
    public static final String UNRECOGNISED = "social.export.unrecognised";
    public static final String NOT_THIS_FORMAT = "social.export.notThisFormat";
    public static final String PLATFORM_UNKNOWN = "social.export.platformUnknown";
    public static final String NOTHING_TO_READ = "social.export.nothingToRead";
    public static final String UNREADABLE_DATE = "social.export.unreadableDate";
    public static final String UNREADABLE_NUMBER = "social.export.unreadableNumber";
    public static final String NO_DATA_FOR_MONTH = "social.export.noDataForMonth";
    public static final String NO_DATA_FOR_MONTH_RANGE = "social.export.noDataForMonthRange";

    private static final String BUNDLE = "id.djpk.portal.report.social.messages";

    /** A size in bytes, written "20 MB". */
    public record Bytes(long value) {
    }

    private final String key;
    private final transient Object[] arguments;

    public SocialExportException(String key, Object... arguments) {
        super(text(Formatter.INDONESIAN, key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String getKey() {
        return key;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    /** The message in English for an English locale, in Indonesian for any other (or none). */
    public String message(Locale locale) {
        return text(locale, key, getArguments());
    }

    private static String text(Locale locale, String key, Object[] arguments) {
        Formatter formatter = Formatter.of(locale);
        Locale language = Formatter.isEnglish(locale) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, SocialExportException.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + " " + Arrays.toString(arguments);
        }
        Object[] args = arguments.clone();
        for (int i = 0; i < args.length; i++) {
            args[i] = written(formatter, args[i]);
        }
        return new MessageFormat(pattern, formatter.locale()).format(args);
    }

    private static String written(Formatter formatter, Object argument) {
        if (argument instanceof YearMonth month) {
            return formatter.month(month);
        } else if (argument instanceof LocalDate day) {
            return formatter.date(day);
        } else if (argument instanceof Bytes size) {
            return formatter.size(size.value());
        } else if (argument instanceof Long || argument instanceof Integer) {
            return formatter.number(((Number) argument).longValue());
        }
        return argument == null ? "" : argument.toString();
    }
}
