package id.djpk.portal.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The report's charts as pictures for the PDF, drawn on the server by XChart in memory (no display needed), each in
 * the report's colours with its numbers written as the report writes them.
 *
 * <p>A chart goes into the PDF as its pixels, an RGB image the writer compresses (Flate), not as a PNG file:
 * OpenPDF 1.4 has no PNG pass-through, it decodes a PNG back into the same pixels and compresses those, so encoding
 * and decoding a PNG took most of each chart's time and changed nothing in the PDF (the same pixels, the same size).
 * The text in a chart is rasterised with the JDK's logical {@code SansSerif} font, which every headless JDK maps to
 * an installed font, so a server without the report's own font still draws it; the PDF's own text is in the
 * embedded font.
 */
public final class ReportCharts {

    static final Color[] COLOURS = {new Color(0x1d4f91), new Color(0xe0a800), new Color(0x2e7d32), new Color(0xc62828),
        new Color(0x6a1b9a), new Color(0x00838f), new Color(0xef6c00), new Color(0x5d4037), new Color(0x455a64)};

    private ReportCharts() {
    }

    /**
     * A bar chart, one bar per label: counts (written "8.333") or averages (written "4,5", one decimal). Long labels
     * (topic names) are slanted so that ten of them stay readable side by side.
     */
    public static Image bar(String title, List<String> labels, List<? extends Number> values) {
        CategoryChart chart = category(title, labels, values);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setSeriesColors(new Color[] {COLOURS[0]});
        chart.addSeries(title, labels.isEmpty() ? List.of("–") : labels, values.isEmpty() ? List.of(0L) : values);
        return picture(chart.getWidth(), chart.getHeight(), chart::paint);
    }

    /**
     * A bar chart of several series side by side per label (inside and outside service hours per time zone; an
     * agent's two survey questions), the series named in the legend in the map's order. Each series has one value per
     * label.
     */
    public static Image groupedBar(String title, List<String> labels, Map<String, ? extends List<? extends Number>> series) {
        List<Number> all = new ArrayList<>();
        series.values().forEach(all::addAll);
        CategoryChart chart = category(title, labels, all);
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setSeriesColors(COLOURS);
        series.forEach((name, values) -> chart.addSeries(name, labels, values));
        return picture(chart.getWidth(), chart.getHeight(), chart::paint);
    }

    /** A category chart in the report's look, its numbers written as the report writes them (8.333; 4,5). */
    private static CategoryChart category(String title, List<String> labels, List<? extends Number> values) {
        CategoryChart chart = new CategoryChartBuilder().width(760).height(340).title(title).build();
        style(chart.getStyler());
        chart.getStyler().setLabelsVisible(true);
        boolean decimals = values.stream().anyMatch(v -> v instanceof Double || v instanceof Float);
        chart.getStyler().setYAxisDecimalPattern(decimals ? "#,##0.0" : "#,##0");
        chart.getStyler().setLocale(ReportText.ID); // axis and bar labels as the report writes numbers: 8.333, 4,5
        if (labels.stream().anyMatch(l -> l.length() > 12)) {
            chart.getStyler().setXAxisLabelRotation(30);
        }
        return chart;
    }

    /**
     * A pie chart of shares; slices of zero are left out. The shares stand in the legend, written as the report
     * writes numbers ("WhatsApp 33,3%"), not on the slices (XChart would write them with a decimal point).
     */
    public static Image pie(String title, List<String> labels, List<Long> values) {
        PieChart chart = new PieChartBuilder().width(560).height(340).title(title).build();
        style(chart.getStyler());
        chart.getStyler().setSeriesColors(COLOURS);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLabelsVisible(false);
        long total = values.stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
        boolean any = false;
        for (int i = 0; i < labels.size(); i++) {
            if (values.get(i) != null && values.get(i) > 0) {
                chart.addSeries(labels.get(i) + " " + Change.decimal(Change.share(values.get(i), total), ReportText.ID) + "%",
                        values.get(i));
                any = true;
            }
        }
        if (!any) {
            chart.addSeries("–", 1);
        }
        return picture(chart.getWidth(), chart.getHeight(), chart::paint);
    }

    private static void style(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setBaseFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setAntiAlias(true);
    }

    private interface Painter {
        void paint(java.awt.Graphics2D g, int width, int height);
    }

    /**
     * The chart painted on an RGB picture of its size (no transparency: the PDF needs no mask), as the PDF's image of
     * those pixels, three bytes each.
     */
    private static Image picture(int width, int height, Painter painter) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            painter.paint(g, width, height);
        } finally {
            g.dispose();
        }
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        byte[] rgb = new byte[pixels.length * 3];
        for (int i = 0, j = 0; i < pixels.length; i++) {
            int p = pixels[i];
            rgb[j++] = (byte) (p >> 16);
            rgb[j++] = (byte) (p >> 8);
            rgb[j++] = (byte) p;
        }
        try {
            return Image.getInstance(width, height, 3, 8, rgb);
        } catch (BadElementException e) { // only for a size that does not match the data
            throw new IllegalStateException(e);
        }
    }
}
