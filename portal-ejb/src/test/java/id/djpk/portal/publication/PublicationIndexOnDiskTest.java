package id.djpk.portal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index kept on disk: what a restart finds, and when it must be rebuilt. */
class PublicationIndexOnDiskTest {

    @TempDir
    Path data;

    private static final Instant AS_OF = Instant.parse("2026-12-05T08:00:00Z");

    private static void fill(PublicationIndex index) {
        index.put(PublicationIndexTest.item(1, PublicationType.BERITA, "Penyaluran Dana Desa Tahap I", Set.of("DANA_DESA"), null),
                List.of("Dana Desa"), "Realisasi penyaluran per kabupaten");
        index.put(PublicationIndexTest.item(2, PublicationType.DATA, "Data Pajak Daerah", Set.of("PDRD"), null),
                List.of("Pajak Daerah dan Retribusi Daerah"), null);
    }

    @Test
    void aRestartFindsTheDocumentsAndTheStampOfTheLastCommit() {
        Path folder = data.resolve("index/publications");
        try (PublicationIndex index = PublicationIndex.open(folder)) {
            assertTrue(index.isPersistent());
            assertEquals(Optional.empty(), index.stamp(), "a new index is current for nothing");
            fill(index);
            index.refresh(new PublicationIndex.Stamp(42, AS_OF));
            // put but not committed: a crash here leaves the last commit
            index.put(PublicationIndexTest.item(3, PublicationType.BERITA, "Belum disimpan", Set.of(), null), List.of(), null);
        }
        try (PublicationIndex reopened = PublicationIndex.open(folder)) {
            assertEquals(Optional.of(new PublicationIndex.Stamp(42, AS_OF)), reopened.stamp());
            assertEquals(2, reopened.size(), "what was committed, the stamp with it");
            assertEquals(1L, reopened.search("disalurkan", null, null, null, 10).get(0).id(), "the PDF text is searchable at once");
            reopened.remove(2);
            reopened.refresh(); // no stamp given: the last one stays
        }
        try (PublicationIndex again = PublicationIndex.open(folder)) {
            assertEquals(1, again.size());
            assertEquals(42, again.stamp().orElseThrow().contentRevision());
        }
    }

    @Test
    void everyDocumentHasTheLengthNormOfThePdfTextEvenWithoutOne() throws IOException {
        Path folder = data.resolve("norms");
        try (PublicationIndex index = PublicationIndex.open(folder)) {
            fill(index); // the second publication has no PDF text
            index.refresh(new PublicationIndex.Stamp(1, AS_OF));
            assertEquals(List.of(1L), index.search("realisasi", null, null, null, 10).stream().map(PublicationIndex.Hit::id).toList(),
                    "the empty text matches nothing");
        }
        try (FSDirectory dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            int withNorm = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues norms = leaf.reader().getNormValues("files");
                for (int doc = 0; norms != null && doc < leaf.reader().maxDoc(); doc++) {
                    withNorm += norms.advanceExact(doc) ? 1 : 0;
                }
            }
            assertEquals(2, withNorm, "dense norms: Lucene reads them without an index of which documents have one");
        }
    }

    @Test
    void anIndexOfAnotherFormatHasNoStamp() throws IOException {
        Path folder = data.resolve("old");
        try (FSDirectory dir = FSDirectory.open(folder);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            w.setLiveCommitData(Map.of("format", "0", "contentRevision", "7", "asOf", AS_OF.toString()).entrySet());
            w.commit();
        }
        try (PublicationIndex index = PublicationIndex.open(folder)) {
            assertTrue(index.isPersistent());
            assertEquals(Optional.empty(), index.stamp(), "rebuilt by the caller");
        }
    }

    @Test
    void damagedFilesAreReplacedByANewIndex() throws IOException {
        Path folder = data.resolve("damaged");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("segments_2"), "not a Lucene commit");
        try (PublicationIndex index = PublicationIndex.open(folder)) {
            assertTrue(index.isPersistent());
            assertEquals(0, index.size());
            fill(index);
            index.refresh(new PublicationIndex.Stamp(1, AS_OF));
            assertEquals(2, index.size());
        }
    }

    @Test
    void aSecondProcessOnTheSameFolderSearchesInMemory() {
        Path folder = data.resolve("shared");
        try (PublicationIndex first = PublicationIndex.open(folder);
             PublicationIndex second = PublicationIndex.open(folder)) {
            assertTrue(first.isPersistent());
            assertFalse(second.isPersistent(), "Lucene's lock is held by the first");
            fill(second);
            second.refresh(new PublicationIndex.Stamp(1, AS_OF));
            assertEquals(1, second.search("pajak", null, null, null, 10).size());
            assertEquals(1, second.search("desa", null, null, null, 10).size());
        }
    }

    @Test
    void aPageReadsOnlyItsHitsAndCountsAllMatches() {
        try (PublicationIndex index = new PublicationIndex()) {
            for (int i = 1; i <= 45; i++) {
                index.put(PublicationIndexTest.item(i, PublicationType.BERITA, "Dana Desa nomor " + i, Set.of(), null), List.of(), null);
            }
            index.refresh();
            PublicationIndex.Result page3 = index.search("dana desa", null, null, null, 500, 40, 20);
            assertEquals(45, page3.total());
            assertEquals(5, page3.hits().size());
            PublicationIndex.Result bounded = index.search("dana desa", null, null, null, 30, 0, 20);
            assertEquals(30, bounded.total(), "counted up to the bound");
            assertEquals(0, index.search("dana desa", null, null, null, 500, 60, 20).hits().size(), "past the end");
            assertEquals(index.search("dana desa", null, null, null, 500).subList(40, 45),
                    page3.hits(), "the same hits as the whole list's slice");
        }
    }
}
