package id.djpk.portal.site.publication;

import id.djpk.portal.publication.PublicationQuery;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.site.i18n.LanguageBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: the newest items of the types readers come for most, and upcoming events. */
@Named
@RequestScoped
public class HomePage {

    static final List<PublicationType> SECTIONS = List.of(
            PublicationType.PERATURAN, PublicationType.PEMBERITAHUAN, PublicationType.BERITA, PublicationType.DATA);
    static final int ITEMS_PER_SECTION = 5;
    static final int EVENTS = 5;

    /** One block of the home page. */
    public static final class Section {
        private final String key;
        private final String typeLabel;
        private final String moreUrl;
        private final List<ItemCard> items;

        Section(PublicationType type, List<ItemCard> items, Language language) {
            this.key = type.name();
            this.typeLabel = type.label(language.code());
            this.moreUrl = Links.listingOfType(type.pathSegment());
            this.items = items;
        }

        /** Message key suffix: {@code home.latest.PERATURAN}. */
        public String getKey() { return key; }
        public String getTypeLabel() { return typeLabel; }
        public String getMoreUrl() { return moreUrl; }
        public List<ItemCard> getItems() { return items; }
    }

    @Inject
    private PublicationService publications;

    @Inject
    private ContentSync content;

    @Inject
    private LanguageBean lang;

    private List<Section> sections;
    private List<EventCard> events;

    @PostConstruct
    void load() {
        Language language = lang.getLanguage();
        sections = SECTIONS.stream()
                .map(type -> new Section(type, content.visible(new PublicationQuery(type, null, null, 0, ITEMS_PER_SECTION))
                        .items().stream().map(i -> ItemCard.of(i, language)).toList(), language))
                .toList();
        events = publications.upcomingEvents(EVENTS).stream().map(e -> new EventCard(e, language)).toList();
    }

    public List<Section> getSections() {
        return sections;
    }

    public List<EventCard> getEvents() {
        return events;
    }

    public String getEventsUrl() {
        return Links.listingOfType(PublicationType.KEGIATAN.pathSegment());
    }
}
