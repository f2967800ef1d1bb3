package id.djpk.portal.site.feed;

import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.publication.ContentSync;
import id.djpk.portal.site.publication.Links;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** {@code /sitemap.xml}: home, the listing and every visible publication, for search engines. */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Comparator<PublicItem> NEWEST_FIRST =
            Comparator.comparing(PublicItem::docDate).thenComparingLong(PublicItem::id).reversed();

    @Inject
    private PublicationService publications;

    @Inject
    private ContentSync content;

    @Inject
    private PortalConfig config;

    @Inject
    private OfficeClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = config.publicBaseUrl();
        response.setContentType("application/xml;charset=UTF-8");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(response.getOutputStream(), "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            url(xml, base + "/", null);
            url(xml, base + "/publikasi", null);
            // the synchronised snapshot spares loading every publication's body from the database
            Collection<PublicItem> items = content.isReady() ? content.items() : publications.allVisible();
            for (PublicItem item : items.stream().sorted(NEWEST_FIRST).toList()) {
                String lastModified = item.lastModified() == null ? Formats.iso(item.docDate())
                        : clock.dayOf(item.lastModified()).toString();
                url(xml, base + Links.detail(item.slug()), lastModified);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void url(XMLStreamWriter xml, String location, String lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastModified);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
