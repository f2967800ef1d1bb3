package id.djpk.portal.report.social;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An export file read into its sections: a header row and the rows under it, with the title above when the file
 * has one. Most exports are one section; Meta's per-metric Insights files start with "sep=," and a title line
 * ("Instagram reach") above "Date","Primary", and a file may hold several such sections. Handles what real
 * exports do: a byte-order mark, UTF-16 (Meta's Insights files), a comma, semicolon or tab separator, quoted
 * cells with line breaks. Refuses more bytes or rows than the {@link SocialMediaExports.Limits} allow.
 */
final class ExportTable {

    /** A row under a header: its number in the file (the header is usually 1) and its cells. */
    record Row(long number, List<String> cells) {

        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    /** A header row, the rows under it, and the title line above it (null when there is none). */
    record Section(String title, List<String> header, List<Row> rows) {

        int column(ExportColumns.Names names) {
            return names.in(header);
        }

        boolean has(ExportColumns.Names names) {
            return column(names) >= 0;
        }

        String name(int column) {
            return column >= 0 && column < header.size() ? header.get(column).trim() : "";
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final String fileName;
    private final List<Section> sections;

    private ExportTable(String fileName, List<Section> sections) {
        this.fileName = fileName;
        this.sections = sections;
    }

    String fileName() {
        return fileName;
    }

    List<Section> sections() {
        return sections;
    }

    /** The first section's header, for messages about a file nobody recognised. */
    List<String> firstHeader() {
        return sections.isEmpty() ? List.of() : sections.get(0).header();
    }

    /** The count in a cell, null when it holds none; a cell that is not a count refuses the file. */
    Long count(Section section, Row row, int column) {
        if (column < 0) {
            return null;
        }
        String cell = row.cell(column);
        try {
            return ExportValues.count(cell);
        } catch (NumberFormatException e) {
            throw new SocialExportException(SocialExportException.UNREADABLE_NUMBER, fileName, row.number(),
                    section.name(column), cell);
        }
    }

    static ExportTable read(String fileName, InputStream in, SocialMediaExports.Limits limits) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limits.maxBytes()) {
            throw new SocialExportException(SocialExportException.TOO_LARGE, fileName,
                    new SocialExportException.Bytes(limits.maxBytes()));
        }
        if (bytes.length == 0) {
            throw new SocialExportException(SocialExportException.EMPTY, fileName);
        }
        if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
            // TikTok hands out ZIPs, and an export opened and saved in Excel becomes a workbook
            throw new SocialExportException(SocialExportException.NOT_CSV, fileName);
        }
        String text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new SocialExportException(SocialExportException.NOT_CSV, fileName);
        }
        if (text.isBlank()) {
            throw new SocialExportException(SocialExportException.EMPTY, fileName);
        }
        return new ExportTable(fileName, sections(records(fileName, text, limits)));
    }

    /** UTF-8 unless a byte-order mark (or the zero bytes of UTF-16 text) says otherwise. */
    private static String decode(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            skip = 3;
        } else if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 4 && bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0) {
            charset = StandardCharsets.UTF_16LE;
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            // not UTF-8: a file saved by an older Excel is Windows-1252; the figures are ASCII either way
            text = new String(bytes, skip, bytes.length - skip, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static List<List<String>> records(String fileName, String text, SocialMediaExports.Limits limits) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreSurroundingSpaces(true).setLenientEof(true).setTrailingData(true).build();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                if (records.size() > limits.maxRows()) {
                    // the header and the rows under it: one more than the limit is refused
                    throw new SocialExportException(SocialExportException.TOO_MANY_ROWS, fileName,
                            (long) limits.maxRows());
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(cell == null ? "" : cell.replace('\uFEFF', ' ').trim()));
                records.add(cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new SocialExportException(SocialExportException.MALFORMED, fileName, (long) records.size() + 1);
        }
        return records;
    }

    /** "sep=;" when the file says so, else the separator the first line uses most: comma, semicolon or tab. */
    private static char delimiter(String text) {
        for (String line : text.split("\\R", 20)) {
            String l = line.trim();
            if (l.isEmpty()) {
                continue;
            }
            if (l.toLowerCase(java.util.Locale.ROOT).startsWith("sep=") && l.length() >= 5) {
                return l.charAt(4);
            }
            char best = ',';
            int most = 0;
            for (char c : new char[] {',', ';', '\t'}) {
                int n = countOutsideQuotes(l, c);
                if (n > most) {
                    most = n;
                    best = c;
                }
            }
            if (most > 0) {
                return best;
            }
        }
        return ',';
    }

    private static int countOutsideQuotes(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** Headers are the rows naming a known date column; a lone cell right above a header is its title. */
    private static List<Section> sections(List<List<String>> records) {
        List<Section> sections = new ArrayList<>();
        List<Row> rows = null;
        for (int i = 0; i < records.size(); i++) {
            List<String> cells = records.get(i);
            long filled = cells.stream().filter(c -> !c.isEmpty()).count();
            if (filled == 0 || (i == 0 && cells.get(0).toLowerCase(java.util.Locale.ROOT).startsWith("sep="))) {
                continue;
            }
            boolean titleOfNext = filled == 1 && i + 1 < records.size() && isHeader(records.get(i + 1));
            if (titleOfNext) {
                continue;
            }
            if (isHeader(cells) || rows == null) {
                String title = i > 0 && isTitle(records.get(i - 1)) ? firstFilled(records.get(i - 1)) : null;
                rows = new ArrayList<>();
                sections.add(new Section(title, List.copyOf(cells), Collections.unmodifiableList(rows)));
            } else {
                rows.add(new Row(i + 1, cells));
            }
        }
        return sections;
    }

    private static boolean isHeader(List<String> cells) {
        long filled = cells.stream().filter(c -> !c.isEmpty()).count();
        return filled >= 2 && cells.stream().anyMatch(ExportColumns.HEADER_MARKS::matches);
    }

    private static boolean isTitle(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).count() == 1
                && !cells.get(0).toLowerCase(java.util.Locale.ROOT).startsWith("sep=");
    }

    private static String firstFilled(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse(null);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
