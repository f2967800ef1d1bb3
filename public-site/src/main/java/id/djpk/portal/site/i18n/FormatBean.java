package id.djpk.portal.site.i18n;

import id.djpk.portal.system.OfficeClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;

/** {@link Formats} in the reader's language and the office's zone, for the views: {@code #{fmt.date(item.docDate)}}. */
@Named("fmt")
@RequestScoped
public class FormatBean {

    @Inject
    private LanguageBean lang;

    @Inject
    private OfficeClock clock;

    private Formats formats;

    @PostConstruct
    void init() {
        formats = Formats.of(lang.getLanguage(), clock.zone());
    }

    public String date(LocalDate day) {
        return formats.date(day);
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
        return clock.today().getYear();
    }
}
