package id.djpk.portal.publication;

import id.djpk.portal.system.SearchText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Full-text index of visible publications with Lucene's {@link IndonesianAnalyzer}, whose stemmer
 * strips Indonesian affixes ("penyaluran" → "salur", "perpajakan" → "pajak"). Titles weigh most,
 * then the legal metadata and topics, then summary and body, then the text of PDF attachments.
 * Held in memory by each public-site instance and kept current from the database.
 */
public class PublicationIndex implements AutoCloseable {

    private static final Map<String, Float> BOOSTS = Map.of(
            "title", 6f, "meta", 4f, "topics", 3f, "text", 1.5f, "files", 1f);

    /** A search result, with what a result list shows. */
    public record Hit(long id, String slug, String title, PublicationType type, LocalDate docDate, String summary, float score) {
    }

    private final Analyzer analyzer = new IndonesianAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public PublicationIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds or replaces one publication. {@code topicNames} are the display names of its topics (so
     * "pajak daerah" finds items tagged PDRD); {@code fileText} the text of its PDF attachments.
     */
    public void put(PublicItem item, List<String> topicNames, String fileText) {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(item.id()), Field.Store.YES));
        doc.add(new StoredField("slug", item.slug()));
        doc.add(new StoredField("docDate", item.docDate().toString()));
        doc.add(new StringField("type", item.type().name(), Field.Store.YES));
        doc.add(new IntPoint("year", item.docDate().getYear()));
        for (String topic : item.topics()) {
            doc.add(new StringField("topic", topic, Field.Store.NO));
        }
        doc.add(new TextField("title", item.title(), Field.Store.YES));
        if (item.summary() != null) {
            doc.add(new StoredField("summary", item.summary()));
        }
        doc.add(new TextField("meta", metadataText(item), Field.Store.NO));
        doc.add(new TextField("topics", String.join(" ", topicNames), Field.Store.NO));
        doc.add(new TextField("text", join(item.summary(), item.body(), item.eventLocation()), Field.Store.NO));
        if (fileText != null && !fileText.isBlank()) {
            doc.add(new TextField("files", fileText, Field.Store.NO));
        }
        try {
            writer.updateDocument(new Term("id", Long.toString(item.id())), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(long id) {
        try {
            writer.deleteDocuments(new Term("id", Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was put or removed searchable. */
    public void refresh() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return writer.getDocStats().numDocs;
    }

    /** Best matches first; any word may match, documents matching more words and in weightier fields rank higher. */
    public List<Hit> search(String typed, PublicationType type, Integer year, String topic, int max) {
        String text = SearchText.of(typed).text();
        if (text.isEmpty()) {
            return List.of();
        }
        Query parsed;
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(
                    BOOSTS.keySet().toArray(String[]::new), analyzer, BOOSTS);
            parser.setDefaultOperator(QueryParser.Operator.OR);
            parsed = parser.parse(QueryParser.escape(text.trim()));
        } catch (ParseException e) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
        if (type != null) {
            query.add(new TermQuery(new Term("type", type.name())), BooleanClause.Occur.FILTER);
        }
        if (year != null) {
            query.add(IntPoint.newExactQuery("year", year), BooleanClause.Occur.FILTER);
        }
        if (topic != null && !topic.isBlank()) {
            query.add(new TermQuery(new Term("topic", topic)), BooleanClause.Occur.FILTER);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query.build(), Math.max(1, max));
                List<Hit> hits = new ArrayList<>();
                var stored = searcher.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = stored.document(sd.doc);
                    hits.add(new Hit(Long.parseLong(d.get("id")), d.get("slug"), d.get("title"),
                            PublicationType.valueOf(d.get("type")), LocalDate.parse(d.get("docDate")), d.get("summary"), sd.score));
                }
                return hits;
            } catch (IndexSearcher.TooManyClauses e) {
                return List.of(); // not reached with SearchText's bounds; a query is never a server error
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String metadataText(PublicItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(item.type().labelId());
        parts.add(item.letterNumber());
        RegulationMetadata m = item.regulation();
        if (m != null) {
            parts.addAll(List.of(nz(m.getKind()), nz(m.getAbbreviation()), nz(m.getNumber()),
                    m.getYear() == null ? "" : m.getYear().toString(), nz(m.getAbout()), nz(m.getSubject()),
                    nz(m.getLegalField()), nz(m.getAbstractText()), nz(m.getIssuingBody())));
        }
        if (item.eventKind() != null) {
            parts.add(item.eventKind().label("id"));
        }
        return parts.stream().filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                sb.append(p).append('\n');
            }
        }
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
