package id.djpk.portal.helpdesk;

import id.djpk.portal.system.SearchText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The public FAQ's full-text search over published knowledge-base entries, with Lucene's
 * {@link IndonesianAnalyzer} as for publications ("penyaluran" finds "disalurkan"). Questions weigh most,
 * then the topic's name, then the answer. Immutable: built whole from the entries, which are few.
 */
public final class FaqIndex {

    /** An entry as the index holds it. */
    public record Entry(long id, String question, String answer, String topicName) {
    }

    private static final Map<String, Float> BOOSTS = Map.of("question", 4f, "topic", 2f, "answer", 1f);

    private final Analyzer analyzer = new IndonesianAnalyzer();
    private final IndexSearcher searcher;

    public FaqIndex(Collection<Entry> entries) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Entry e : entries) {
                Document doc = new Document();
                doc.add(new StoredField("id", e.id()));
                doc.add(new TextField("question", e.question(), Field.Store.NO));
                doc.add(new TextField("topic", e.topicName() == null ? "" : e.topicName(), Field.Store.NO));
                doc.add(new TextField("answer", e.answer(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The ids of the best matches, best first; any word may match. */
    public List<Long> search(String typed, int max) {
        String text = SearchText.of(typed).text();
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(BOOSTS.keySet().toArray(String[]::new), analyzer, BOOSTS);
            List<Long> ids = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(parser.parse(QueryParser.escape(text.trim())), Math.max(1, max)).scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc).getField("id").numericValue().longValue());
            }
            return ids;
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
