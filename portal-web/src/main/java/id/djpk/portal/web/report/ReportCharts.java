package id.djpk.portal.web.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** Chart.js configurations (the JSON {@code p:chart} takes) for the report's charts, in the office's colours. */
final class ReportCharts {

    static final List<String> COLOURS = List.of("#1d4f91", "#e0a800", "#2e7d32", "#c62828", "#6a1b9a", "#00838f",
            "#ef6c00", "#5d4037", "#455a64");

    private ReportCharts() {
    }

    static String bar(List<String> labels, List<Long> values, String series) {
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", strings(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", series)
                                .add("data", numbers(values)).add("backgroundColor", COLOURS.get(0)))))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    static String doughnut(List<String> labels, List<Long> values) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", strings(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", numbers(values)).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("animation", false))
                .build().toString();
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static JsonArrayBuilder numbers(List<Long> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }
}
