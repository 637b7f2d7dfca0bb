package org.sitrep.geo;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gazetteer's places in a Lucene index on disk: one document per place, its name keys as
 * terms, the place itself as a binary doc value. The index is sorted best place first (see
 * {@link Gazetteer#lookup}) and merged into one segment, so the documents of a name come out of
 * its postings already in order and a lookup reads no more of them than it returns.
 */
final class GazetteerIndex implements AutoCloseable {

    /** Keys of a place's own names, of its alternate names, and of areas without their area words. */
    private static final String KEY = "key", ALTERNATE = "alt";
    /** A first-level area under "NE|tahoua" (own names) and "NE|tillabery" (other names). */
    private static final String REGION = "region", REGION_ALTERNATE = "region_alt";
    private static final String COUNTRY = "country", ID = "id", ENTRY = "entry", ORDER = "order";
    /** The country code of every first-level area, to list a country's areas. */
    private static final String REGION_OF = "region_of";
    private static final PlaceLevel[] LEVELS = PlaceLevel.values();

    /**
     * Lucene warns on standard error, once per JVM, that it runs without the incubating Vector
     * API; a name index uses no vectors, so the warning would only alarm users of the CLI. Held
     * here so that the setting is not lost with a collected logger.
     */
    private static final Logger VECTOR_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    static {
        VECTOR_LOG.setLevel(Level.SEVERE);
    }

    /** Best place first: more people, then an area before a town, then by name and id. */
    static final Comparator<GazetteerEntry> BEST_FIRST = Comparator
            .comparingLong(GazetteerEntry::population).reversed()
            .thenComparing(GazetteerEntry::level)
            .thenComparing(GazetteerEntry::name)
            .thenComparingLong(GazetteerEntry::geonameid);

    private final Directory directory;
    private final DirectoryReader reader;
    private final LeafReader leaf;

    private GazetteerIndex(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        if (reader.leaves().size() != 1) {
            throw new IllegalStateException("a gazetteer index must have one segment, this has " + reader.leaves().size());
        }
        this.leaf = reader.leaves().getFirst().reader();
    }

    /** Writes the places into a new index in {@code dir}, best first, in one segment. */
    static void write(List<GazetteerData.NamedPlace> places, Path dir) throws IOException {
        List<GazetteerData.NamedPlace> sorted = new ArrayList<>(places);
        sorted.sort(Comparator.comparing(GazetteerData.NamedPlace::entry, BEST_FIRST));
        IndexWriterConfig config = new IndexWriterConfig()
                .setIndexSort(new Sort(new SortField(ORDER, SortField.Type.INT)))
                .setRAMBufferSizeMB(256)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setCommitOnClose(false);
        try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            for (int order = 0; order < sorted.size(); order++) {
                writer.addDocument(document(sorted.get(order), order));
            }
            writer.forceMerge(1);
            writer.commit();
        }
    }

    private static Document document(GazetteerData.NamedPlace place, int order) {
        GazetteerEntry entry = place.entry();
        Document doc = new Document();
        doc.add(new NumericDocValuesField(ORDER, order));
        doc.add(new BinaryDocValuesField(ENTRY, new BytesRef(encode(entry))));
        for (String key : place.keys()) {
            doc.add(new StringField(KEY, key, Field.Store.NO));
        }
        for (String key : place.alternateKeys()) {
            if (!place.keys().contains(key)) {
                doc.add(new StringField(ALTERNATE, key, Field.Store.NO));
            }
        }
        switch (entry.level()) {
            case COUNTRY -> doc.add(new StringField(COUNTRY, entry.countryCode(), Field.Store.NO));
            case ADMIN1 -> {
                doc.add(new StringField(REGION_OF, entry.countryCode(), Field.Store.NO));
                for (String key : place.keys()) {
                    doc.add(new StringField(REGION, entry.countryCode() + "|" + key, Field.Store.NO));
                }
                for (String key : place.alternateKeys()) {
                    doc.add(new StringField(REGION_ALTERNATE, entry.countryCode() + "|" + key, Field.Store.NO));
                }
            }
            default -> {
            }
        }
        if (entry.geonameid() > 0) {
            doc.add(new StringField(ID, Long.toString(entry.geonameid()), Field.Store.NO));
        }
        return doc;
    }

    /** Opens the index written in {@code dir}. */
    static GazetteerIndex open(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new GazetteerIndex(directory, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * The places with this key among their own names, then among their other names; with
     * {@code areaKey}, then the areas (admin1, admin2) with that key. Best first, at most {@code limit}.
     */
    List<GazetteerEntry> lookup(String key, String areaKey, int limit) throws IOException {
        Docs docs = new Docs(limit);
        collect(KEY, key, docs, false);
        collect(ALTERNATE, key, docs, false);
        if (areaKey != null) {
            collect(KEY, areaKey, docs, true);
            collect(ALTERNATE, areaKey, docs, true);
        }
        return entries(docs.ids, docs.count);
    }

    /** Document ids in the order found, at most {@code limit}, each once. */
    private static final class Docs {
        final int limit;
        int[] ids;
        int count;

        Docs(int limit) {
            this.limit = limit;
            this.ids = new int[Math.min(limit, 16)];
        }

        boolean full() {
            return count >= limit;
        }

        boolean contains(int doc, int before) {
            for (int i = 0; i < before; i++) {
                if (ids[i] == doc) {
                    return true;
                }
            }
            return false;
        }

        void add(int doc) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, (int) Math.min(limit, 2L * ids.length));
            }
            ids[count++] = doc;
        }
    }

    /** The first place with this term in this field, in index order; null when none has it. */
    GazetteerEntry first(String field, String term) throws IOException {
        Docs docs = new Docs(1);
        collect(field, term, docs, false);
        return docs.count == 0 ? null : entries(docs.ids, 1).getFirst();
    }

    GazetteerEntry country(String iso2) throws IOException {
        return first(COUNTRY, iso2);
    }

    GazetteerEntry region(String iso2, String key) throws IOException {
        GazetteerEntry entry = first(REGION, iso2 + "|" + key);
        return entry != null ? entry : first(REGION_ALTERNATE, iso2 + "|" + key);
    }

    /** Every first-level area of this country, in index order. */
    List<GazetteerEntry> regions(String iso2) throws IOException {
        Docs docs = new Docs(Integer.MAX_VALUE);
        collect(REGION_OF, iso2, docs, false);
        return entries(docs.ids, docs.count);
    }

    GazetteerEntry byId(long geonameid) throws IOException {
        return first(ID, Long.toString(geonameid));
    }

    int size() {
        return reader.numDocs();
    }

    /** Adds the documents of a term that are not there yet, in index order, until {@code docs} is full. */
    private void collect(String field, String term, Docs docs, boolean areasOnly) throws IOException {
        if (docs.full()) {
            return;
        }
        PostingsEnum postings = leaf.postings(new Term(field, term), PostingsEnum.NONE);
        if (postings == null) {
            return;
        }
        BinaryDocValues values = areasOnly ? leaf.getBinaryDocValues(ENTRY) : null;
        int known = docs.count;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && !docs.full(); doc = postings.nextDoc()) {
            if (docs.contains(doc, known)) {
                continue;
            }
            if (areasOnly) {
                if (!values.advanceExact(doc)) {
                    continue;
                }
                BytesRef entry = values.binaryValue();
                PlaceLevel level = LEVELS[entry.bytes[entry.offset]];
                if (level != PlaceLevel.ADMIN1 && level != PlaceLevel.ADMIN2) {
                    continue;
                }
            }
            docs.add(doc);
        }
    }

    /** The places of these documents, in this order. */
    private List<GazetteerEntry> entries(int[] docs, int count) throws IOException {
        int[] ascending = Arrays.copyOf(docs, count);
        Arrays.sort(ascending);
        GazetteerEntry[] byDoc = new GazetteerEntry[count];
        BinaryDocValues values = leaf.getBinaryDocValues(ENTRY);
        for (int i = 0; i < count; i++) {
            if (!values.advanceExact(ascending[i])) {
                throw new IllegalStateException("gazetteer index: document " + ascending[i] + " has no place");
            }
            byDoc[i] = decode(values.binaryValue());
        }
        List<GazetteerEntry> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(byDoc[Arrays.binarySearch(ascending, docs[i])]);
        }
        return result;
    }

    /** A place as bytes: its level first (read alone by area filtering), then its other fields. */
    static byte[] encode(GazetteerEntry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(entry.level().ordinal());
            out.writeLong(entry.geonameid());
            out.writeUTF(entry.name());
            out.writeDouble(entry.latitude());
            out.writeDouble(entry.longitude());
            out.writeUTF(entry.featureCode());
            out.writeUTF(entry.countryCode());
            out.writeUTF(entry.admin1());
            out.writeUTF(entry.admin2());
            out.writeLong(entry.population());
            out.writeUTF(entry.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static GazetteerEntry decode(BytesRef bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.bytes, bytes.offset, bytes.length))) {
            PlaceLevel level = LEVELS[in.readByte()];
            long id = in.readLong();
            String name = in.readUTF();
            double latitude = in.readDouble();
            double longitude = in.readDouble();
            String featureCode = in.readUTF();
            String countryCode = in.readUTF();
            String admin1 = in.readUTF();
            String admin2 = in.readUTF();
            long population = in.readLong();
            String source = in.readUTF();
            return new GazetteerEntry(id, name, latitude, longitude, level, featureCode, countryCode, admin1, admin2,
                    population, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            reader.close();
        }
    }
}
