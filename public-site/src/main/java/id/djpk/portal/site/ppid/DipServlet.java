package id.djpk.portal.site.ppid;

import id.djpk.portal.system.Links;
import id.djpk.portal.ppid.DipCategory;
import id.djpk.portal.ppid.DipEntry;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.web.Pages;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The Daftar Informasi Publik maintained by the PPID, grouped by the law's categories. */
@WebServlet(Links.PPID_DIP)
public class DipServlet extends HttpServlet {

    static final String VIEW = "/WEB-INF/views/ppid/dip.xhtml";

    @Inject
    private PpidService ppid;

    /** One category and its lines, as the page shows them. */
    public record Group(String category, String anchor, List<Line> lines) {
        public String getCategory() { return category; }
        public String getAnchor() { return anchor; }
        public List<Line> getLines() { return lines; }
    }

    /** One line of the list; {@code href} leads to the publication or the other link, when there is one. */
    public record Line(String title, String summary, String responsible, String format, String retention, String href,
            String updated) {
        public String getTitle() { return title; }
        public String getSummary() { return summary; }
        public String getResponsible() { return responsible; }
        public String getFormat() { return format; }
        public String getRetention() { return retention; }
        public String getHref() { return href; }
        public String getUpdated() { return updated; }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Formats formats = Formats.of(Pages.language(request));
        List<DipEntry> all = ppid.dip();
        List<Group> groups = new ArrayList<>();
        for (DipCategory c : DipCategory.values()) {
            List<Line> lines = all.stream().filter(d -> d.getCategory() == c)
                    .map(d -> new Line(d.getTitle(), d.getSummary(), d.getResponsible(), d.getFormat(), d.getRetention(),
                            d.getSlug() != null ? request.getContextPath() + Links.PUBLICATION + d.getSlug() : d.getUrl(),
                            formats.date(d.getUpdatedAt())))
                    .toList();
            groups.add(new Group(c.name(), c.name().toLowerCase().replace('_', '-'), lines));
        }
        // a short shared cache: the PPID's edits show within a minute, a burst of readers costs one query; the page is
        // in the reader's language (the lang cookie), so a copy kept in Indonesian is not shown after switching to English
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setHeader("Vary", "Cookie");
        Pages.render(request, response, VIEW, "dipGroups", groups);
    }
}
