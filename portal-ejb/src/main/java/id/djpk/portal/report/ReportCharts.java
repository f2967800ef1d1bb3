package id.djpk.portal.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.style.Styler;

/** The report's charts as PNG pictures for the PDF (XChart, drawn in memory, no display needed). */
public final class ReportCharts {

    static final Color[] COLOURS = {new Color(0x1d4f91), new Color(0xe0a800), new Color(0x2e7d32), new Color(0xc62828),
        new Color(0x6a1b9a), new Color(0x00838f), new Color(0xef6c00), new Color(0x5d4037), new Color(0x455a64)};

    private ReportCharts() {
    }

    /** A bar chart of counts, one bar per label. */
    public static byte[] bar(String title, List<String> labels, List<Long> values) {
        CategoryChart chart = new CategoryChartBuilder().width(760).height(340).title(title).build();
        style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setSeriesColors(new Color[] {COLOURS[0]});
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setLocale(ReportText.ID); // axis and bar labels as the report writes numbers: 8.333
        chart.addSeries(title, labels, values.isEmpty() ? List.of(0L) : values);
        return png(chart.getWidth(), chart.getHeight(), chart::paint);
    }

    /**
     * A pie chart of shares; slices of zero are left out. The shares stand in the legend, written as the report
     * writes numbers ("WhatsApp 33,3%"), not on the slices (XChart would write them with a decimal point).
     */
    public static byte[] pie(String title, List<String> labels, List<Long> values) {
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
        return png(chart.getWidth(), chart.getHeight(), chart::paint);
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

    private static byte[] png(int width, int height, Painter painter) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            painter.paint(g, width, height);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
