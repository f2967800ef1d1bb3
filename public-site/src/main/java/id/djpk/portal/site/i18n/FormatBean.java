package id.djpk.portal.site.i18n;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;

/** {@link Formats} in the reader's language, for the views: {@code #{fmt.date(item.docDate)}}. */
@Named("fmt")
@RequestScoped
public class FormatBean {

    @Inject
    private LanguageBean lang;

    private Formats formats;

    @PostConstruct
    void init() {
        formats = Formats.of(lang.getLanguage());
    }

    public String date(LocalDate day) {
        return formats.date(day);
    }

    public String instantDate(Instant instant) {
        return formats.date(instant);
    }

    public String time(Instant instant) {
        return formats.time(instant);
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    public String iso(LocalDate day) {
        return Formats.iso(day);
    }

    public String isoInstant(Instant instant) {
        return Formats.isoInstant(instant);
    }

    public String number(long n) {
        return formats.number(n);
    }

    public String percent(double ratio) {
        return formats.percent(ratio);
    }

    public String size(long bytes) {
        return formats.size(bytes);
    }

    public int getCurrentYear() {
        return Year.now(Formats.OFFICE_ZONE).getValue();
    }
}
