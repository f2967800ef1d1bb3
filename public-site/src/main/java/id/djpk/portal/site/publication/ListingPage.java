package id.djpk.portal.site.publication;

import id.djpk.portal.site.web.Option;
import id.djpk.portal.publication.PublicationQuery;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.ResultPage;
import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.site.i18n.LanguageBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /publikasi?jenis=peraturan&tahun=2024&topik=DAU&hal=2}: visible publications, newest first,
 * 20 a page. Unknown filter values are not answered with an error (a reader who edits the address still
 * gets a useful list), but the page says which values it did not know and therefore left out.
 */
@Named
@RequestScoped
public class ListingPage implements Pager.Paged {

    static final int PAGE_SIZE = 20;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ContentSync content;

    @Inject
    private LanguageBean lang;

    private Language language;
    private PublicationType type;
    private Integer year;
    private String topic;
    private int page;
    private ResultPage<PublicItem> result;
    private List<ItemCard> items;
    private final List<Option> ignored = new ArrayList<>();

    @PostConstruct
    void load() {
        language = lang.getLanguage();
        type = PublicationType.fromPathSegment(request.getParameter("jenis"));
        year = year(request.getParameter("tahun"));
        String t = request.getParameter("topik");
        topic = content.isTopic(t) ? t : null;
        ignoreUnknown("type", request.getParameter("jenis"), type);
        ignoreUnknown("year", request.getParameter("tahun"), year);
        ignoreUnknown("topic", t, topic);
        page = Pager.pageNumber(request.getParameter("hal"));
        result = content.visible(new PublicationQuery(type, year, topic, page - 1, PAGE_SIZE));
        items = result.items().stream().map(i -> ItemCard.of(i, language)).toList();
    }

    /** A filter given in the address but not known: shown back (shortened) so the reader knows it was left out. */
    private void ignoreUnknown(String filter, String given, Object understood) {
        if (understood == null && given != null && !given.isBlank()) {
            String shown = given.strip();
            ignored.add(new Option(filter, shown.length() > 40 ? shown.substring(0, 40) + "…" : shown, false));
        }
    }

    /** The filters of the address that were not understood: value = the filter (type, year, topic), label = as given. */
    public List<Option> getIgnored() {
        return ignored;
    }

    private static Integer year(String s) {
        if (s == null || !s.matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(s);
    }

    public List<ItemCard> getItems() {
        return items;
    }

    /** The type's name as heading, or null for all publications. */
    public String getTypeLabel() {
        return type == null ? null : type.label(language.code());
    }

    public String getTopicName() {
        return topic == null ? null : content.topicName(topic, language);
    }

    public Integer getYear() {
        return year;
    }

    public boolean isFiltered() {
        return type != null || year != null || topic != null;
    }

    public long getTotal() {
        return result.total();
    }

    public String getTotalText() {
        return Formats.of(language).number(result.total());
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return result.pageCount();
    }

    public String getPageText() {
        return Formats.of(language).number(page);
    }

    public String getPageCountText() {
        return Formats.of(language).number(result.pageCount());
    }

    public String getFirstShown() {
        return Formats.of(language).number(items.isEmpty() ? 0 : (long) (page - 1) * PAGE_SIZE + 1);
    }

    public String getLastShown() {
        return Formats.of(language).number((long) (page - 1) * PAGE_SIZE + items.size());
    }

    @Override
    public List<Pager.PageLink> getPageLinks() {
        return Pager.links(page, result.pageCount(), this::pageUrl);
    }

    @Override
    public String getPreviousUrl() {
        return page > 1 && page <= result.pageCount() ? pageUrl(page - 1) : null;
    }

    @Override
    public String getNextUrl() {
        return page < result.pageCount() ? pageUrl(page + 1) : null;
    }

    public String getFirstPageUrl() {
        return pageUrl(1);
    }

    String pageUrl(int p) {
        List<String> params = new ArrayList<>();
        if (type != null) {
            params.add("jenis=" + Links.query(type.pathSegment()));
        }
        if (year != null) {
            params.add("tahun=" + year);
        }
        if (topic != null) {
            params.add("topik=" + Links.query(topic));
        }
        if (p > 1) {
            params.add("hal=" + p);
        }
        return "/publikasi" + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }

    public List<Option> getTypeOptions() {
        return Arrays.stream(PublicationType.values())
                .map(t -> new Option(t.pathSegment(), t.label(language.code()), t == type))
                .toList();
    }

    public List<Option> getYearOptions() {
        return content.years().stream()
                .map(y -> new Option(y.toString(), y.toString(), y.equals(year)))
                .toList();
    }

    public List<Option> getTopicOptions() {
        return content.publicationTopics().stream()
                .map(t -> new Option(t.code(), t.name(language), t.code().equals(topic)))
                .toList();
    }
}
