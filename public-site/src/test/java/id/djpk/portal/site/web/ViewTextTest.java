package id.djpk.portal.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The views' own text is written as it stands (faces-config.xml processes them as "html5", which does not escape it
 * on every render): a {@code &lt;}, {@code &gt;} or {@code &amp;} in a view's text would arrive in the page as markup.
 * Such a character belongs in an expression, whose value is escaped.
 */
class ViewTextTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void noViewHasMarkupCharactersInItsOwnText() throws Exception {
        List<Path> views;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            views = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
        assertTrue(views.size() > 30, "the views were found: " + views.size());
        List<String> found = new ArrayList<>();
        for (Path view : views) {
            found.addAll(markupInText(view));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void anEscapedCharacterInTextIsFoundAndOneInAnExpressionOrAttributeIsNot() throws Exception {
        Path sample = Files.createTempFile("view", ".xhtml");
        try {
            Files.writeString(sample, """
                    <div xmlns="http://www.w3.org/1999/xhtml" title="a &amp; b">
                      <p>#{x &amp;&amp; y} fine</p>
                      <p>Syarat &amp; Ketentuan</p>
                    </div>""");
            List<String> found = markupInText(sample);
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).endsWith(":3 Syarat & Ketentuan"), found.get(0));
        } finally {
            Files.delete(sample);
        }
    }

    /** Each text between two tags of the view that holds {@code <}, {@code >} or {@code &} outside an expression. */
    private static List<String> markupInText(Path view) throws Exception {
        List<String> found = new ArrayList<>();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newSAXParser().parse(view.toFile(), new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private Locator where;

            @Override
            public void setDocumentLocator(Locator locator) {
                where = locator;
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            @Override
            public void startElement(String uri, String local, String name, Attributes attributes) {
                check();
            }

            @Override
            public void endElement(String uri, String local, String name) {
                check();
            }

            private void check() {
                String own = text.toString().replaceAll("#\\{[^}]*}", "");
                if (own.matches("(?s).*[<>&].*")) {
                    found.add(view.getFileName() + ":" + where.getLineNumber() + " " + own.strip());
                }
                text.setLength(0);
            }
        });
        return found;
    }
}
