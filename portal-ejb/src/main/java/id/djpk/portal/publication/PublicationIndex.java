package id.djpk.portal.publication;

import id.djpk.portal.system.SearchText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
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
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text index of visible publications with Lucene's {@link IndonesianAnalyzer}, whose stemmer
 * strips Indonesian affixes ("penyaluran" → "salur", "perpajakan" → "pajak"). Titles weigh most,
 * then the legal metadata and topics, then summary and body, then the text of PDF attachments.
 * Each public-site instance keeps its own, current from the database: on disk under its data directory
 * ({@link #open}), so that a restart finds it ready, or in memory. Every commit carries a {@link Stamp}: the content
 * revision and the moment it is current for, committed atomically with the documents, so an index left by a crash
 * or an older version says how far it got and the caller decides whether to catch up or rebuild.
 */
public class PublicationIndex implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PublicationIndex.class.getName());

    /**
     * The layout of the documents and the analyzer. Raise it whenever {@link #put} or the analyzer changes: an index
     * on disk with another format has no {@link #stamp()} and is rebuilt.
     */
    static final String FORMAT = "2";
    private static final String FORMAT_KEY = "format";
    private static final String REVISION_KEY = "contentRevision";
    private static final String AS_OF_KEY = "asOf";
    /** The publication's id as a column (doc values): a hit's id without reading its stored document. */
    private static final String ID_VALUE = "idValue";

    /** What a committed index is current for: a content revision, and the moment of that state (for catching up). */
    public record Stamp(long contentRevision, Instant asOf) {
    }

    /** One page of a search: how many matched (up to the bound asked for), and the page's hits. */
    public record Result(int total, List<Hit> hits) {
    }

    private static final Map<String, Float> BOOSTS = Map.of(
            "title", 6f, "meta", 4f, "topics", 3f, "text", 1.5f, "files", 1f);

    /** A search result, with what a result list shows. */
    public record Hit(long id, String slug, String title, PublicationType type, LocalDate docDate, String summary, float score) {
    }

    private final Analyzer analyzer = new IndonesianAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean persistent;

    /** An index in memory, empty. */
    public PublicationIndex() {
        this(new ByteBuffersDirectory(), false);
    }

    private PublicationIndex(Directory directory, boolean persistent) {
        this.directory = directory;
        this.persistent = persistent;
        IndexWriter w = null;
        try {
            w = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // only refresh(…) commits, each time with its stamp: what was put since is dropped at close
                    .setCommitOnClose(false));
            w.commit();
            searchers = new SearcherManager(w, null);
            writer = w;
        } catch (IOException | RuntimeException e) {
            closeQuietly(w);
            closeQuietly(directory);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * The index kept in {@code folder} (created if missing). If it cannot be opened there (another process holds its
     * lock, as two instances sharing one data directory would; the files are damaged or written by an incompatible
     * Lucene), an index in memory instead, with a warning: searching works, the next start builds it again.
     */
    public static PublicationIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            return openOn(folder);
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.apache.lucene.store.LockObtainFailedException
                    || e.getCause() instanceof org.apache.lucene.store.LockObtainFailedException) {
                LOG.log(Level.WARNING, "Search index " + folder + " is in use by another process: keeping this "
                        + "instance's index in memory (give each instance its own data directory)");
                return new PublicationIndex();
            }
            LOG.log(Level.WARNING, "Search index " + folder + " cannot be opened (" + e + "): starting it anew", e);
            try {
                deleteFiles(folder);
                return openOn(folder);
            } catch (IOException | RuntimeException again) {
                LOG.log(Level.WARNING, "Search index " + folder + " cannot be created (" + again + "): keeping it in memory", again);
                return new PublicationIndex();
            }
        }
    }

    private static PublicationIndex openOn(Path folder) throws IOException {
        return new PublicationIndex(FSDirectory.open(folder), true);
    }

    private static void deleteFiles(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        }
    }

    /** Whether the index is kept on disk (else in memory). */
    public boolean isPersistent() {
        return persistent;
    }

    /**
     * What the last commit is current for; empty for a new index, one written in another {@link #FORMAT} or one
     * whose commit carries no stamp.
     */
    public Optional<Stamp> stamp() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (!FORMAT.equals(data.get(FORMAT_KEY)) || data.get(REVISION_KEY) == null || data.get(AS_OF_KEY) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Stamp(Long.parseLong(data.get(REVISION_KEY)), Instant.parse(data.get(AS_OF_KEY))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Adds or replaces one publication. {@code topicNames} are the display names of its topics (so
     * "pajak daerah" finds items tagged PDRD); {@code fileText} the text of its PDF attachments.
     */
    public void put(PublicItem item, List<String> topicNames, String fileText) {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(item.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID_VALUE, item.id()));
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
        // in every document, empty without PDF text: a field some documents lack has its length norms stored sparse,
        // which Lucene reads through an index of who has one for every document it scores (a tenth of a search's time
        // over 100.000 publications, docs/benchmarks.md "The floor of a search"); an empty field's norm is 0 and it
        // changes no score or statistic
        doc.add(new TextField("files", fileText == null ? "" : fileText, Field.Store.NO));
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
        refresh(null);
    }

    /** Makes what was put or removed searchable and commits it with {@code stamp} (none: the last one stays). */
    public void refresh(Stamp stamp) {
        try {
            if (stamp != null) {
                writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, REVISION_KEY, Long.toString(stamp.contentRevision()),
                        AS_OF_KEY, stamp.asOf().toString()).entrySet());
            }
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
        return search(typed, type, year, topic, max, 0, max).hits();
    }

    /**
     * One page of the best {@code max} matches: {@code count} hits from {@code offset}, and how many matched (at
     * most {@code max}). Only the hits up to the page's end are ranked and only the page's stored fields read: with
     * the few best to keep, Lucene skips the documents that cannot reach them once {@code max} matches are counted
     * (ranking all 500 a page could reach cost most of a search's time at 100.000 publications, docs/benchmarks.md).
     */
    public Result search(String typed, PublicationType type, Integer year, String topic, int max, int offset, int count) {
        return search(typed, type, year, topic, max, offset, count, id -> null);
    }

    /**
     * As {@link #search(String, PublicationType, Integer, String, int, int, int)}, the hits' titles, addresses and
     * summaries taken from {@code known} (the caller's copy of the visible publications, by id) where it has them:
     * reading a hit's stored document costs a decompression of its block, a twentieth of a search's time over
     * 100.000 publications. A hit {@code known} does not have (answers null) is read from the index.
     */
    public Result search(String typed, PublicationType type, Integer year, String topic, int max, int offset, int count,
                         LongFunction<PublicItem> known) {
        Query query = query(typed, type, year, topic);
        if (query == null) {
            return new Result(0, List.of());
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int limit = Math.max(1, max);
                int wanted = (int) Math.max(1, Math.min(limit, (long) Math.max(0, offset) + Math.max(0, count)));
                TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, null, limit));
                int total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
                        ? (int) Math.min(limit, top.totalHits.value) : limit;
                List<Hit> hits = new ArrayList<>();
                var stored = searcher.storedFields();
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                int end = Math.min(top.scoreDocs.length, offset + Math.max(0, count));
                for (int i = Math.max(0, offset); i < end; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                    NumericDocValues ids = leaf.reader().getNumericDocValues(ID_VALUE);
                    PublicItem item = ids != null && ids.advanceExact(sd.doc - leaf.docBase) ? known.apply(ids.longValue()) : null;
                    if (item != null) {
                        hits.add(new Hit(item.id(), item.slug(), item.title(), item.type(), item.docDate(), item.summary(), sd.score));
                    } else {
                        Document d = stored.document(sd.doc);
                        hits.add(new Hit(Long.parseLong(d.get("id")), d.get("slug"), d.get("title"),
                                PublicationType.valueOf(d.get("type")), LocalDate.parse(d.get("docDate")), d.get("summary"), sd.score));
                    }
                }
                return new Result(total, hits);
            } catch (IndexSearcher.TooManyClauses e) {
                return new Result(0, List.of()); // not reached with SearchText's bounds; a query is never a server error
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query of a search, or null when nothing is left to search for. */
    private Query query(String typed, PublicationType type, Integer year, String topic) {
        String text = SearchText.of(typed).text();
        if (text.isEmpty()) {
            return null;
        }
        Query parsed;
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(
                    BOOSTS.keySet().toArray(String[]::new), analyzer, BOOSTS);
            parser.setDefaultOperator(QueryParser.Operator.OR);
            parsed = parser.parse(QueryParser.escape(text.trim()));
        } catch (ParseException e) {
            return null;
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
        return query.build();
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
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing after a failed open: the first failure is the one reported
            }
        }
    }
}
