package id.djpk.portal.site.report;

import id.djpk.portal.report.Change;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, drawn on the server so the page needs no script: a titled image for
 * screen readers (role img with the figures in its label) beside the table with the same figures.
 */
final class Svg {

    private static final int ROW = 26;
    private static final int LABEL = 150;
    private static final int BAR = 300;

    private Svg() {
    }

    static String bars(String title, List<String> labels, List<? extends Number> values, Locale locale) {
        double max = values.stream().mapToDouble(Number::doubleValue).max().orElse(0);
        int height = Math.max(1, labels.size()) * ROW + 8;
        StringBuilder aria = new StringBuilder(title).append(':');
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            Number v = values.get(i);
            int w = max == 0 ? 0 : (int) Math.round(BAR * v.doubleValue() / max);
            String shown = v instanceof Double d ? Change.decimal(d, locale) : Change.count(v.longValue(), locale);
            int y = i * ROW + 4;
            b.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\" fill=\"#1f2933\">")
                    .append(escape(labels.get(i))).append("</text>");
            b.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"18\" fill=\"#1d4f91\"></rect>");
            b.append("<text x=\"").append(LABEL + w + 6).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"13\" fill=\"#1f2933\">").append(shown).append("</text>");
            aria.append(' ').append(labels.get(i)).append(' ').append(shown).append(i < labels.size() - 1 ? ";" : ".");
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\" role=\"img\" aria-label=\""
                + escape(aria.toString()) + "\" viewBox=\"0 0 " + (LABEL + BAR + 70) + " " + height + "\" width=\"100%\">"
                + b + "</svg>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
