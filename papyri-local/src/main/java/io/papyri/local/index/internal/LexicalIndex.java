package io.papyri.local.index.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * BM25 over a list of texts (the passages or the sentences of one paper), held in memory.
 * English analysis: lower case, stop words removed, Porter stems. Thread-safe once built.
 */
public final class LexicalIndex {

    private static final String TEXT = "text";
    private static final String ORDINAL = "ordinal";
    /** Queries longer than this many terms are cut: a query is a question, not a document. */
    private static final int MAX_QUERY_TERMS = 256;

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final int[] ordinals;
    private final int size;

    private LexicalIndex(Analyzer analyzer, IndexSearcher searcher, int[] ordinals, int size) {
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.ordinals = ordinals;
        this.size = size;
    }

    /**
     * Indexes texts.
     *
     * @param texts the texts; their positions are their ordinals
     * @return the index
     */
    public static LexicalIndex of(List<String> texts) {
        Analyzer analyzer = new EnglishAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        BM25Similarity similarity = new BM25Similarity();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(similarity))) {
            for (int i = 0; i < texts.size(); i++) {
                Document document = new Document();
                document.add(new TextField(TEXT, texts.get(i), Field.Store.NO));
                document.add(new StoredField(ORDINAL, i));
                writer.addDocument(document);
            }
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(similarity);
            int[] ordinals = new int[reader.maxDoc()];
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                ordinals[doc] = reader.storedFields().document(doc).getField(ORDINAL).numericValue().intValue();
            }
            return new LexicalIndex(analyzer, searcher, ordinals, texts.size());
        } catch (IOException e) {
            throw new UncheckedIOException("indexing in memory failed", e);
        }
    }

    /**
     * Scores every text against a query with BM25.
     *
     * @param query the query, in plain words (no query syntax)
     * @return one score per text, 0 where no query term occurs
     */
    public double[] scores(String query) {
        double[] scores = new double[size];
        Query parsed = parse(query);
        if (parsed == null || size == 0) {
            return scores;
        }
        try {
            TopDocs top = searcher.search(parsed, size);
            for (ScoreDoc hit : top.scoreDocs) {
                scores[ordinals[hit.doc]] = hit.score;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching in memory failed", e);
        }
        return scores;
    }

    private Query parse(String query) {
        String[] words = query.strip().split("\\s+");
        String bounded = words.length > MAX_QUERY_TERMS
                ? String.join(" ", Arrays.copyOf(words, MAX_QUERY_TERMS)) : query;
        return new QueryBuilder(analyzer).createBooleanQuery(TEXT, bounded, BooleanClause.Occur.SHOULD);
    }
}
