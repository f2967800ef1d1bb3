package id.djpk.portal.site.publication;

import id.djpk.portal.site.web.Option;
import id.djpk.portal.publication.PublicationIndex;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.site.i18n.LanguageBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /cari?q=penyaluran+dana+desa&jenis=peraturan}: the search index's best matches, 20 a page.
 * The Indonesian stemmer lets "penyaluran" find "disalurkan".
 */
@Named
@RequestScoped
public class SearchPage implements Pager.Paged {

    static final int PAGE_SIZE = 20;
    /** Readers rarely go past a few pages; a bound keeps one query cheap. */
    static final int MAX_HITS = 500;
    static final int MAX_QUERY_LENGTH = 200;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ContentSync content;

    @Inject
    private LanguageBean lang;

    private Language language;
    private String query;
    private boolean shortened;
    private PublicationType type;
    private int page;
    private int total;
    private List<ItemCard> items = List.of();

    @PostConstruct
    void load() {
        language = lang.getLanguage();
        String q = request.getParameter("q");
        shortened = id.djpk.portal.system.SearchText.of(q).shortened();
        query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        type = PublicationType.fromPathSegment(request.getParameter("jenis"));
        page = Pager.pageNumber(request.getParameter("hal"));
        if (!query.isEmpty()) {
            // only the shown page's hits are read from the index
            PublicationIndex.Result result = content.search(query, type, null, null, MAX_HITS,
                    (int) Math.min(MAX_HITS, (page - 1L) * PAGE_SIZE), PAGE_SIZE);
            total = result.total();
            items = result.hits().stream().map(h -> ItemCard.of(h, language)).toList();
        }
    }

    public String getQuery() {
        return query;
    }

    public boolean isSearched() {
        return !query.isEmpty();
    }

    public List<ItemCard> getItems() {
        return items;
    }

    public int getTotal() {
        return total;
    }

    public String getTotalText() {
        return Formats.of(language).number(total);
    }

    public String getTypeLabel() {
        return type == null ? null : type.label(language.code());
    }

    public int getPageCount() {
        return (total + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    @Override
    public List<Pager.PageLink> getPageLinks() {
        return Pager.links(page, getPageCount(), this::pageUrl);
    }

    @Override
    public String getPreviousUrl() {
        return page > 1 && page <= getPageCount() ? pageUrl(page - 1) : null;
    }

    @Override
    public String getNextUrl() {
        return page < getPageCount() ? pageUrl(page + 1) : null;
    }

    String pageUrl(int p) {
        return "/cari?q=" + Links.query(query) + (type == null ? "" : "&jenis=" + type.pathSegment())
                + (p > 1 ? "&hal=" + p : "");
    }

    public List<Option> getTypeOptions() {
        return Arrays.stream(PublicationType.values())
                .map(t -> new Option(t.pathSegment(), t.label(language.code()), t == type))
                .toList();
    }

    /** Whether only the first words of a long query were searched (SearchText). */
    public boolean isShortened() {
        return shortened;
    }

    public int getMaxWords() {
        return id.djpk.portal.system.SearchText.MAX_WORDS;
    }
}
