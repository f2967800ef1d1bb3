package id.djpk.portal.site.publication;

import id.djpk.portal.publication.PublicFile;
import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.RegulationMetadata;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Everything the detail page shows of one publication, formatted in the reader's language. */
public final class PublicationView {

    /** A label (message key) and its value. */
    public static final class Row {
        private final String label;
        private final String value;

        Row(String label, String value) {
            this.label = label;
            this.value = value;
        }

        public String getLabel() { return label; }
        public String getValue() { return value; }
    }

    /** A link to a page of this site. */
    public static final class Link {
        private final String title;
        private final String url;

        Link(String title, String url) {
            this.title = title;
            this.url = url;
        }

        public String getTitle() { return title; }
        public String getUrl() { return url; }
    }

    /** A downloadable attachment. */
    public static final class FileView {
        private final String name;
        private final String url;
        private final String format;
        private final String size;
        private final String sha256;

        FileView(PublicFile f, Formats formats) {
            this.name = f.fileName();
            this.url = Links.download(f.id(), f.fileName());
            this.format = formatOf(f);
            this.size = formats.size(f.sizeBytes());
            this.sha256 = f.sha256();
        }

        public String getName() { return name; }
        public String getUrl() { return url; }
        public String getFormat() { return format; }
        public String getSize() { return size; }
        public String getSha256() { return sha256; }
    }

    private final PublicItem item;
    private final Language language;
    private final Formats formats;
    private final List<Link> topics;
    private final List<String> paragraphs;
    private final List<Row> regulationRows;
    private final List<FileView> files;

    PublicationView(PublicItem item, Language language, Function<String, String> topicName) {
        this.item = item;
        this.language = language;
        this.formats = Formats.of(language);
        this.topics = item.topics().stream().map(code -> new Link(topicName.apply(code), Links.listingOfTopic(code)))
                .sorted((a, b) -> a.title.compareToIgnoreCase(b.title)).toList();
        this.paragraphs = item.body() == null ? List.of()
                : Arrays.stream(item.body().strip().split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.regulationRows = item.regulation() == null ? List.of() : rows(item.regulation());
        this.files = item.files().stream().map(f -> new FileView(f, formats)).toList();
    }

    private List<Row> rows(RegulationMetadata m) {
        List<Row> rows = new ArrayList<>();
        add(rows, "reg.kind", m.getKind());
        add(rows, "reg.abbreviation", m.getAbbreviation());
        add(rows, "reg.number", m.getNumber());
        add(rows, "reg.year", m.getYear() == null ? null : m.getYear().toString());
        add(rows, "reg.about", m.getAbout());
        add(rows, "reg.placeEnacted", m.getPlaceEnacted());
        add(rows, "reg.dateEnacted", formats.date(m.getDateEnacted()));
        add(rows, "reg.datePromulgated", formats.date(m.getDatePromulgated()));
        add(rows, "reg.source", m.getSource());
        add(rows, "reg.subject", m.getSubject());
        add(rows, "reg.language", m.getLanguage());
        add(rows, "reg.issuingBody", m.getIssuingBody());
        add(rows, "reg.legalField", m.getLegalField());
        return rows;
    }

    /** Every field of the record is listed, an unknown one as such: readers compare records field by field. */
    private static void add(List<Row> rows, String label, String value) {
        rows.add(new Row(label, value == null || value.isBlank() ? null : value));
    }

    static String formatOf(PublicFile f) {
        String name = f.fileName();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && dot < name.length() - 1) {
            return name.substring(dot + 1).toUpperCase(Locale.ROOT);
        }
        return f.mediaType();
    }

    public String getTitle() { return item.title(); }
    public String getTypeLabel() { return item.type().label(language.code()); }
    public String getTypeUrl() { return Links.listingOfType(item.type().pathSegment()); }
    public String getDate() { return formats.date(item.docDate()); }
    public String getIsoDate() { return Formats.iso(item.docDate()); }
    public String getSummary() { return item.summary(); }
    public List<String> getParagraphs() { return paragraphs; }
    public String getLetterNumber() { return item.letterNumber(); }
    public List<Link> getTopics() { return topics; }
    public List<FileView> getFiles() { return files; }

    public boolean isRegulation() { return item.type() == PublicationType.PERATURAN && item.regulation() != null; }
    public String getCitation() { return item.citation(); }
    public List<Row> getRegulationRows() { return regulationRows; }
    public String getAbstractText() { return item.regulation() == null ? null : item.regulation().getAbstractText(); }

    public String getLegalStatus() {
        return item.legalStatus() == null ? null : item.legalStatus().label(language.code());
    }

    /** For the status badge's colour: berlaku, diubah or dicabut. */
    public String getLegalStatusCode() {
        return item.legalStatus() == null ? "" : item.legalStatus().name().toLowerCase(Locale.ROOT);
    }

    public Link getAmends() { return link(item.amends()); }
    public Link getRevokes() { return link(item.revokes()); }
    public List<Link> getAmendedBy() { return item.amendedBy().stream().map(PublicationView::link).toList(); }

    private static Link link(PublicItem.Link l) {
        return l == null ? null : new Link(l.title(), Links.detail(l.slug()));
    }

    public boolean isEvent() { return item.eventStart() != null || item.eventKind() != null; }
    public String getEventKind() { return item.eventKind() == null ? null : item.eventKind().label(language.code()); }
    public String getEventStart() { return formats.dateTime(item.eventStart()); }
    public String getEventStartIso() { return Formats.isoInstant(item.eventStart()); }

    /** The end, shortened to the time when the event ends on the day it starts. */
    public String getEventEnd() {
        if (item.eventEnd() == null) {
            return null;
        }
        boolean sameDay = item.eventStart() != null && formats.date(item.eventStart()).equals(formats.date(item.eventEnd()));
        return sameDay ? formats.time(item.eventEnd()) : formats.dateTime(item.eventEnd());
    }

    public String getEventEndIso() { return Formats.isoInstant(item.eventEnd()); }
    public String getEventLocation() { return item.eventLocation(); }

    /** Only web addresses become links; anything else typed by staff is not followed. */
    public String getRecordingUrl() { return Links.isWebAddress(item.recordingUrl()) ? item.recordingUrl() : null; }
}
