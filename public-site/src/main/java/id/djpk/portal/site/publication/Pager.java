package id.djpk.portal.site.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Page links for a long list: first, last, and a few around the current page, with gaps between. */
public final class Pager {

    /** A page number with its address, or a gap ("…") when {@code number} is 0. */
    public static final class PageLink {
        private final int number;
        private final String url;
        private final boolean current;

        PageLink(int number, String url, boolean current) {
            this.number = number;
            this.url = url;
            this.current = current;
        }

        public int getNumber() { return number; }
        public String getUrl() { return url; }
        public boolean isCurrent() { return current; }
        public boolean isGap() { return number == 0; }
    }

    /** A list shown a page at a time: its page links, and the addresses of the pages before and after (null at the ends). */
    public interface Paged {
        List<PageLink> getPageLinks();
        String getPreviousUrl();
        String getNextUrl();
    }

    private Pager() {
    }

    /** Pages are numbered from 1. */
    public static List<PageLink> links(int current, int pageCount, IntFunction<String> urlOfPage) {
        List<PageLink> links = new ArrayList<>();
        if (pageCount <= 1) {
            return links;
        }
        int from = Math.max(2, current - 2);
        int to = Math.min(pageCount - 1, current + 2);
        links.add(new PageLink(1, urlOfPage.apply(1), current == 1));
        if (from > 2) {
            links.add(new PageLink(0, null, false));
        }
        for (int p = from; p <= to; p++) {
            links.add(new PageLink(p, urlOfPage.apply(p), p == current));
        }
        if (to < pageCount - 1) {
            links.add(new PageLink(0, null, false));
        }
        links.add(new PageLink(pageCount, urlOfPage.apply(pageCount), current == pageCount));
        return links;
    }

    /** A positive page number from a request parameter; 1 when absent or not a number. */
    public static int pageNumber(String parameter) {
        if (parameter == null || parameter.isBlank() || parameter.length() > 6) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(parameter.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
