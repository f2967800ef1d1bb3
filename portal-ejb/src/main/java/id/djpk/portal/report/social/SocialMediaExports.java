package id.djpk.portal.report.social;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads an uploaded social-media export for the month being reported: recognises from its header row (never
 * from its name) whether it is a Meta Business Suite, X analytics, YouTube Studio or TikTok Studio export, and
 * returns each platform's figures for that month, in {@link Platform} order. Refuses, with a {@link
 * SocialExportException} the caller shows to the editor, a file it does not recognise, a value it cannot read,
 * a file with no data for the month ("tidak memuat data untuk Maret 2024: datanya dari … sampai …"), and a file
 * beyond the {@link Limits}.
 */
public final class SocialMediaExports {

    /** How much of an upload is read: 20 MB and 200.000 rows by default, far above a year of any export. */
    public record Limits(long maxBytes, int maxRows) {

        public static final Limits DEFAULT = new Limits(20L * 1024 * 1024, 200_000);
    }

    private static final List<ExportReader> READERS = List.of(new XAnalyticsExport(), new YouTubeStudioExport(),
            new TikTokExport(), new MetaBusinessSuiteExport());

    private SocialMediaExports() {
    }

    public static List<PlatformMonth> read(String fileName, InputStream in, YearMonth month) {
        return read(fileName, in, month, Limits.DEFAULT);
    }

    public static List<PlatformMonth> read(String fileName, InputStream in, YearMonth month, Limits limits) {
        ExportTable table = ExportTable.read(name(fileName), in, limits);
        for (ExportReader reader : READERS) {
            if (reader.recognises(table)) {
                return figures(reader, table, month);
            }
        }
        throw new SocialExportException(SocialExportException.UNRECOGNISED, table.fileName(),
                ExportColumns.quoted(table.firstHeader(), 12));
    }

    /** One format's reading of a file, refusing a file that is not of that format. */
    static List<PlatformMonth> read(ExportReader reader, String fileName, InputStream in, YearMonth month,
            Limits limits) {
        ExportTable table = ExportTable.read(name(fileName), in, limits);
        if (!reader.recognises(table)) {
            throw new SocialExportException(SocialExportException.NOT_THIS_FORMAT, table.fileName(), reader.name(),
                    ExportColumns.quoted(table.firstHeader(), 12));
        }
        return figures(reader, table, month);
    }

    private static List<PlatformMonth> figures(ExportReader reader, ExportTable table, YearMonth month) {
        Objects.requireNonNull(month, "month");
        DatedRows.Coverage coverage = new DatedRows.Coverage();
        List<PlatformMonth> figures = reader.read(table, month, coverage);
        if (figures.isEmpty()) {
            if (coverage.first() == null) {
                throw new SocialExportException(SocialExportException.NO_DATA_FOR_MONTH, table.fileName(), month);
            }
            throw new SocialExportException(SocialExportException.NO_DATA_FOR_MONTH_RANGE, table.fileName(), month,
                    coverage.first(), coverage.last());
        }
        return figures.stream().sorted(Comparator.comparing(PlatformMonth::platform)).toList();
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "-" : fileName.strip();
    }
}
