package id.djpk.portal.site.web;

import id.djpk.portal.system.Links;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The main menu, with the entry of the page being shown marked for assistive technology. */
@Named("nav")
@RequestScoped
public class SiteNav {

    /** A menu entry: message key, address, and whether it is the current page. */
    public static final class Item {
        private final String label;
        private final String url;
        private final boolean current;

        Item(String label, String url, boolean current) {
            this.label = label;
            this.url = url;
            this.current = current;
        }

        public String getLabel() { return label; }
        public String getUrl() { return url; }
        public boolean isCurrent() { return current; }
    }

    private static final String[][] ENTRIES = {
            {"nav.home", "/"},
            {"nav.publications", "/publikasi"},
            {"nav.regulations", "/publikasi?jenis=peraturan"},
            {"nav.notices", "/publikasi?jenis=pemberitahuan"},
            {"nav.news", "/publikasi?jenis=berita"},
            {"nav.data", "/publikasi?jenis=data"},
            {"nav.events", "/publikasi?jenis=kegiatan"},
            {"nav.ppid", Links.PPID_FORM},
            {"nav.dip", Links.PPID_DIP},
            {"nav.visit", Links.VISIT_FORM},
            {"nav.lapor", Links.LAPOR_FORM},
            {"nav.letterCheck", Links.LETTER_CHECK},
            // the contact center
            {"nav.faq", Links.FAQ},
            {"nav.helpdesk", Links.TICKET_FORM},
    };

    @Inject
    private HttpServletRequest request;

    private List<Item> items;

    @PostConstruct
    void init() {
        String current = currentAddress();
        items = java.util.Arrays.stream(ENTRIES).map(e -> new Item(e[0], e[1], e[1].equals(current))).toList();
    }

    public List<Item> getItems() {
        return items;
    }

    /** The reader's address reduced to what the menu distinguishes: path and type filter. */
    private String currentAddress() {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            return null;
        }
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? (String) forwarded : request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (path.isEmpty()) {
            path = "/";
        }
        if ("/publikasi".equals(path)) {
            String type = request.getParameter("jenis");
            return type == null || type.isEmpty() ? path : path + "?jenis=" + type;
        }
        return path;
    }
}
