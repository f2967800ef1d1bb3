package id.djpk.portal.report.social;

import java.time.YearMonth;
import java.util.List;

/**
 * One platform's export format: whether a file's header is its own, and the month's figures from it. Returns
 * what the file has for the month (possibly nothing); {@link SocialMediaExports} turns nothing into a refusal
 * that names the period the file does hold.
 */
interface ExportReader {

    /** The export's name as the platform calls it, for messages and the figures' source. */
    String name();

    boolean recognises(ExportTable table);

    List<PlatformMonth> read(ExportTable table, YearMonth month, DatedRows.Coverage coverage);

    /** "YouTube Studio: Table data.csv" */
    default String source(ExportTable table) {
        return name() + ": " + table.fileName();
    }
}
