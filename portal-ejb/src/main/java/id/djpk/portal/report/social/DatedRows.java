package id.djpk.portal.report.social;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a section with the day of each, read from one column. Skips what is not data: a "Total" row
 * (YouTube puts one under the header), a row with no day, and a first row of descriptions under the header (the
 * older Facebook Insights exports). A day that cannot be read refuses the file, naming the row. Days written
 * without a year (TikTok) are placed in the year that puts the reported month at its latest place in the file:
 * the rows run in order, and a month earlier than the row before means the next year.
 */
final class DatedRows {

    /** A row and its day. */
    record Dated(ExportTable.Row row, LocalDate day) {
    }

    /** The first and last day seen in a file, to tell the editor which period a file without the month holds. */
    static final class Coverage {

        private LocalDate first;
        private LocalDate last;

        void saw(LocalDate day) {
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }

        LocalDate first() {
            return first;
        }

        LocalDate last() {
            return last;
        }
    }

    private final List<Dated> rows;

    private DatedRows(List<Dated> rows) {
        this.rows = rows;
    }

    /** The rows whose day falls in the month. */
    List<Dated> in(YearMonth month) {
        return rows.stream().filter(d -> YearMonth.from(d.day()).equals(month)).toList();
    }

    static DatedRows of(ExportTable table, ExportTable.Section section, int dateColumn, YearMonth month,
            Coverage coverage) {
        List<ExportTable.Row> data = new ArrayList<>();
        List<ExportDates.ExportDate> days = new ArrayList<>();
        boolean dayFirst = ExportDates.dayFirst(section.rows().stream().map(r -> r.cell(dateColumn)).toList());
        for (int i = 0; i < section.rows().size(); i++) {
            ExportTable.Row row = section.rows().get(i);
            if (isTotal(row)) {
                continue;
            }
            ExportDates.ExportDate day;
            try {
                day = ExportDates.parse(row.cell(dateColumn), dayFirst);
            } catch (DateTimeException | NumberFormatException e) {
                if (i == 0 && isDescription(row, dateColumn)) {
                    continue;
                }
                throw new SocialExportException(SocialExportException.UNREADABLE_DATE, table.fileName(), row.number(),
                        section.name(dateColumn), row.cell(dateColumn));
            }
            if (day != null) {
                data.add(row);
                days.add(day);
            }
        }
        List<LocalDate> resolved = withYears(days, month);
        List<Dated> rows = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (resolved.get(i) != null) {
                rows.add(new Dated(data.get(i), resolved.get(i)));
                coverage.saw(resolved.get(i));
            }
        }
        return new DatedRows(rows);
    }

    /** A summary row: "Total", "Totals" or "Jumlah" in one of its first two cells. */
    static boolean isTotal(ExportTable.Row row) {
        for (int i = 0; i < Math.min(2, row.cells().size()); i++) {
            if (ExportColumns.TOTAL_ROWS.contains(ExportColumns.normalize(row.cell(i)))) {
                return true;
            }
        }
        return false;
    }

    /** A row of descriptions: no day, and sentences where the figures go. */
    private static boolean isDescription(ExportTable.Row row, int dateColumn) {
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            if (i != dateColumn && cell.contains(" ") && cell.chars().filter(Character::isLetter).count() >= 10) {
                return true;
            }
        }
        return false;
    }

    /**
     * The days with their years: as written when the file gives them; otherwise counted from the row order
     * (rising or falling, whichever most rows do), anchored so that the reported month is its latest occurrence.
     * When the month does not occur at all, the yearless days stay unknown (null).
     */
    private static List<LocalDate> withYears(List<ExportDates.ExportDate> days, YearMonth month) {
        List<LocalDate> out = new ArrayList<>();
        List<Integer> yearless = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            out.add(days.get(i).date());
            if (!days.get(i).hasYear()) {
                yearless.add(i);
            }
        }
        if (yearless.isEmpty()) {
            return out;
        }
        List<MonthDay> md = yearless.stream().map(i -> days.get(i).dayOfYear()).toList();
        int rising = 0;
        int falling = 0;
        for (int i = 1; i < md.size(); i++) {
            if (md.get(i).isAfter(md.get(i - 1))) {
                rising++;
            } else if (md.get(i).isBefore(md.get(i - 1))) {
                falling++;
            }
        }
        boolean descending = falling > rising;
        int[] relative = new int[md.size()];
        for (int i = 1; i < md.size(); i++) {
            boolean wrapped = descending ? md.get(i).isAfter(md.get(i - 1)) : md.get(i).isBefore(md.get(i - 1));
            relative[i] = relative[i - 1] + (wrapped ? (descending ? -1 : 1) : 0);
        }
        Integer anchor = null;
        for (int i = 0; i < md.size(); i++) {
            if (md.get(i).getMonth() == month.getMonth() && (anchor == null || relative[i] > anchor)) {
                anchor = relative[i];
            }
        }
        for (int i = 0; i < md.size(); i++) {
            out.set(yearless.get(i), anchor == null ? null : md.get(i).atYear(month.getYear() + relative[i] - anchor));
        }
        return out;
    }
}
