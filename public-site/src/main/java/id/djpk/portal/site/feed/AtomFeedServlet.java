package id.djpk.portal.site.feed;

import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationQuery;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.site.publication.Links;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** {@code /feed.atom}: the newest visible publications (RFC 4287). */
@WebServlet("/feed.atom")
public class AtomFeedServlet extends HttpServlet {

    static final int ENTRIES = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String AUTHOR = "Direktorat Jenderal Perimbangan Keuangan, Kementerian Keuangan";

    @Inject
    private PublicationService publications;

    @Inject
    private PortalConfig config;

    @Inject
    private OfficeClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<PublicItem> items = publications.visible(new PublicationQuery(null, null, null, 0, ENTRIES)).items();
        String base = config.publicBaseUrl();
        response.setContentType("application/atom+xml;charset=UTF-8");
        OutputStream out = response.getOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "id");
            element(xml, "title", "Publikasi Direktorat Jenderal Perimbangan Keuangan");
            element(xml, "subtitle", "Peraturan, pemberitahuan ke daerah, berita, data, dan kegiatan terbaru DJPK");
            element(xml, "id", base + "/");
            link(xml, "self", base + "/feed.atom", "application/atom+xml");
            link(xml, "alternate", base + "/", "text/html");
            element(xml, "updated", items.stream().map(i -> updated(i, clock.zone())).max(Instant::compareTo)
                    .orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS).toString());
            xml.writeStartElement("author");
            element(xml, "name", AUTHOR);
            xml.writeEndElement();
            for (PublicItem item : items) {
                String url = base + Links.detail(item.slug());
                xml.writeStartElement("entry");
                element(xml, "title", item.title());
                element(xml, "id", url);
                link(xml, "alternate", url, "text/html");
                element(xml, "published", updated(item, clock.zone()).truncatedTo(ChronoUnit.SECONDS).toString());
                element(xml, "updated", updated(item, clock.zone()).truncatedTo(ChronoUnit.SECONDS).toString());
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", item.type().pathSegment());
                xml.writeAttribute("label", item.type().labelId());
                if (item.summary() != null && !item.summary().isBlank()) {
                    xml.writeStartElement("summary");
                    xml.writeAttribute("type", "text");
                    xml.writeCharacters(item.summary());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** The last change the public could see (publication or a later edit); without either, its document date. */
    static Instant updated(PublicItem item, ZoneId zone) {
        return item.lastModified() != null ? item.lastModified()
                : item.docDate().atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
