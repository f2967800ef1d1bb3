package id.djpk.portal.site.publication;

import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationIndex;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;
import java.time.LocalDate;

/** One entry of a list of publications (home, listing, search results), formatted for display. */
public final class ItemCard {

    private final String title;
    private final String url;
    private final String typeLabel;
    private final String date;
    private final String isoDate;
    private final String summary;
    private final String citation;

    private ItemCard(String slug, String title, PublicationType type, LocalDate docDate, String summary,
                     String citation, Language language) {
        this.title = title;
        this.url = Links.detail(slug);
        this.typeLabel = type.label(language.code());
        this.date = Formats.of(language).date(docDate);
        this.isoDate = Formats.iso(docDate);
        this.summary = summary;
        this.citation = citation;
    }

    public static ItemCard of(PublicItem item, Language language) {
        return new ItemCard(item.slug(), item.title(), item.type(), item.docDate(), item.summary(), item.citation(), language);
    }

    public static ItemCard of(PublicationIndex.Hit hit, Language language) {
        return new ItemCard(hit.slug(), hit.title(), hit.type(), hit.docDate(), hit.summary(), null, language);
    }

    public String getTitle() { return title; }
    public String getUrl() { return url; }
    public String getTypeLabel() { return typeLabel; }
    public String getDate() { return date; }
    public String getIsoDate() { return isoDate; }
    public String getSummary() { return summary; }
    public String getCitation() { return citation; }
}
