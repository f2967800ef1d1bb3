package id.djpk.portal.site.publication;

import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;

/** An upcoming event on the home page. */
public final class EventCard {

    private final String title;
    private final String url;
    private final String kind;
    private final String when;
    private final String isoStart;
    private final String place;

    EventCard(PublicItem item, Language language) {
        Formats f = Formats.of(language);
        this.title = item.title();
        this.url = Links.detail(item.slug());
        this.kind = item.eventKind() == null ? null : item.eventKind().label(language.code());
        this.when = f.dateTime(item.eventStart());
        this.isoStart = Formats.isoInstant(item.eventStart());
        this.place = item.eventLocation();
    }

    public String getTitle() { return title; }
    public String getUrl() { return url; }
    public String getKind() { return kind; }
    public String getWhen() { return when; }
    public String getIsoStart() { return isoStart; }
    public String getPlace() { return place; }
}
