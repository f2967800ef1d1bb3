package id.djpk.portal.site.report;

import id.djpk.portal.report.MonthlyReport;
import id.djpk.portal.report.ReportView;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A published report as the public page shows it: the rows of {@link ReportView} (the same as the staff page's),
 * with its charts drawn as SVG (each with an accessible name listing its values).
 */
public class ReportPage extends ReportView {

    private final Locale locale;

    ReportPage(MonthlyReport report, Locale locale, ZoneId zone) {
        super(report, locale, zone);
        this.locale = locale;
    }

    public String getTrendChart() {
        return svg(getTrend());
    }

    public String getChannelChart() {
        return svg(getChannelShares());
    }

    /** The website's visitors of the last six months; empty for a report compiled before they were kept. */
    public String getWebsiteChart() {
        return svg(getWebsiteTrend());
    }

    /** The PPID requests of each month of the year; empty for a report compiled before they were counted. */
    public String getPpidChart() {
        return svg(getPpidTrend());
    }

    /** Each consultation channel's last nine months, one chart each. */
    public java.util.List<String> getChannelCharts() {
        return getChannelSections().stream().map(c -> svg(c.trend())).toList();
    }

    /** The other services' last nine months (chatbot, Email Lapor, video conferences, visits), one chart each. */
    public java.util.List<String> getServiceCharts() {
        return getServiceSections().stream().map(c -> svg(c.trend())).filter(x -> !x.isEmpty()).toList();
    }

    /** The social-media trends: each platform's followers of the last six months. */
    public java.util.List<String> getSocialChartsSvg() {
        return getSocialCharts().stream().map(this::svg).filter(x -> !x.isEmpty()).toList();
    }

    /** The user categories with tickets this month. */
    public String getCategoryChart() {
        return svg(getCategoryShares());
    }

    public String getTechnicalTopicSvg() {
        return svg(getTechnicalTopicChart());
    }

    public String getOtherTopicSvg() {
        return svg(getOtherTopicChart());
    }

    public String getOutsideHoursSvg() {
        return svg(getOutsideHoursChart());
    }

    public String getEscalationSvg() {
        return svg(getEscalationChart());
    }

    public String getUnitSvg() {
        return svg(getUnitChart());
    }

    public String getSatisfactionSvg() {
        return svg(getSatisfactionChart());
    }

    public String getPpidDecisionSvg() {
        return svg(getPpidDecisionChart());
    }

    private String svg(Chart chart) {
        return chart.isEmpty() ? "" : Svg.bars(chart.title(), chart.labels(), chart.values(), locale);
    }
}
