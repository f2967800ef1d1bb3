package id.djpk.portal.report;

import java.io.Serializable;
import java.util.Locale;

/** One line of a figures table on the staff and public pages: the label, the three values and both changes in words. */
public class ReportLine implements Serializable {

    private final String code;
    private final String label;
    private final Figure figure;
    private final String share;
    private final Locale locale;

    public ReportLine(String code, String label, Figure figure, Double share, Locale locale) {
        this.code = code;
        this.label = label;
        this.figure = figure;
        this.share = share == null ? null : Change.decimal(share, locale) + "%";
        this.locale = locale;
    }

    public String getCode() { return code; }
    public String getLabel() { return label; }
    public String getValue() { return Change.count(figure.value(), locale); }
    public String getPrevious() { return Change.count(figure.previous(), locale); }
    public String getLastYear() { return Change.count(figure.lastYear(), locale); }
    public String getFromPrevious() { return figure.previousWords(locale); }
    public String getFromLastYear() { return figure.lastYearWords(locale); }
    public String getShare() { return share; }
    public boolean isEntered() { return figure.isEntered(); }
    public String getEnteredBy() { return figure.enteredBy(); }
    public Figure figure() { return figure; }
}
