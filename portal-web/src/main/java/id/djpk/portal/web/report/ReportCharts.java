package id.djpk.portal.web.report;

import id.djpk.portal.system.Formatter;
import id.djpk.portal.system.Jsonp;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;

/**
 * Chart.js configurations (the JSON {@code p:chart} takes) for the report's charts, in the office's colours. Each
 * names the page's language as Chart.js's {@code locale}: without it the axis and the tooltips write numbers as the
 * browser's language does ("1,800" on an Indonesian page whose PDF says "1.800").
 */
final class ReportCharts {

    static final List<String> COLOURS = List.of("#1d4f91", "#e0a800", "#2e7d32", "#c62828", "#6a1b9a", "#00838f",
            "#ef6c00", "#5d4037", "#455a64");

    private ReportCharts() {
    }

    static String bar(List<String> labels, List<? extends Number> values, String series, Locale locale) {
        return Jsonp.JSON.createObjectBuilder().add("type", "bar")
                .add("data", Jsonp.JSON.createObjectBuilder().add("labels", strings(labels))
                        .add("datasets", Jsonp.JSON.createArrayBuilder().add(Jsonp.JSON.createObjectBuilder().add("label", series)
                                .add("data", numbers(values)).add("backgroundColor", COLOURS.get(0)))))
                .add("options", Jsonp.JSON.createObjectBuilder().add("animation", false).add("locale", tag(locale))
                        .add("plugins", Jsonp.JSON.createObjectBuilder().add("legend", Jsonp.JSON.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    static String doughnut(List<String> labels, List<? extends Number> values, Locale locale) {
        JsonArrayBuilder colours = Jsonp.JSON.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        return Jsonp.JSON.createObjectBuilder().add("type", "doughnut")
                .add("data", Jsonp.JSON.createObjectBuilder().add("labels", strings(labels))
                        .add("datasets", Jsonp.JSON.createArrayBuilder().add(Jsonp.JSON.createObjectBuilder()
                                .add("data", numbers(values)).add("backgroundColor", colours))))
                .add("options", Jsonp.JSON.createObjectBuilder().add("animation", false).add("locale", tag(locale)))
                .build().toString();
    }

    /** "id-ID" or "en-GB", as the portal's {@link Formatter} writes numbers. */
    private static String tag(Locale locale) {
        return Formatter.of(locale).locale().toLanguageTag();
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = Jsonp.JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder a = Jsonp.JSON.createArrayBuilder();
        values.forEach(v -> {
            if (v instanceof Double d) {
                a.add(d);
            } else {
                a.add(v.longValue());
            }
        });
        return a;
    }
}
