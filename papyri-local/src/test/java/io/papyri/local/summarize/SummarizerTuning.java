package io.papyri.local.summarize;

import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.SummaryStyle;
import io.papyri.core.Papyri;
import io.papyri.core.eval.CorpusEntry;
import io.papyri.core.eval.CorpusManifest;
import io.papyri.core.eval.DatasetPapers;
import io.papyri.core.eval.LeadComparison;
import io.papyri.core.eval.SummarizationDataset;
import io.papyri.core.eval.SummarizationExample;
import io.papyri.core.eval.SummarizationReport;
import io.papyri.core.json.ArtifactJson;
import io.papyri.local.embed.EmbeddingModelSpec;
import io.papyri.local.embed.SentenceEmbedder;
import io.papyri.local.index.IndexedSentence;
import io.papyri.local.index.PaperIndex;
import io.papyri.local.index.PassageIndexer;
import io.papyri.local.nlp.OpenNlpSentenceSplitter;
import io.papyri.local.store.LocalPaperStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scratch runner for tuning the summarizer against the lead baseline on the shared dev sets; not
 * part of the normal suite. Run with
 * {@code mvn -o test -pl papyri-local -Dtest=SummarizerTuning -Dpapyri.tuning=true}; optional
 * {@code -Dpapyri.tuning.sets=clscisumm,arxiv,scitldr,corpus}. Vectors and read PDFs are cached
 * under {@code target/tuning-cache}, summaries written to {@code target/tuning/}.
 */
@EnabledIfSystemProperty(named = "papyri.tuning", matches = "true")
class SummarizerTuning {

    private record Case(String id, SummarizationExample example, PaperIndex index) {
    }

    private static final Path CACHE = Path.of("target", "tuning-cache");

    @Test
    void tune() throws IOException {
        if (!System.getProperty("papyri.tuning.show", "").isEmpty()) {
            return;
        }
        Path shared = Path.of(System.getProperty("papyri.shared.dir", "../../shared"));
        String sets = System.getProperty("papyri.tuning.sets", "clscisumm,arxiv,scitldr,corpus");
        Files.createDirectories(CACHE);
        Files.createDirectories(Path.of("target", "tuning"));
        LocalPaperStore store = new LocalPaperStore(CACHE.resolve("store"), Clock.systemUTC());
        try (SentenceEmbedder embedder = SentenceEmbedder.load(EmbeddingModelSpec.DEFAULT)) {
            PassageIndexer indexer = new PassageIndexer(embedder, new OpenNlpSentenceSplitter(), () -> Optional.of(store),
                    1024);
            Map<String, List<Case>> data = new LinkedHashMap<>();
            for (String set : sets.split(",")) {
                long start = System.nanoTime();
                List<Case> cases = switch (set) {
                    case "clscisumm" -> dataset(shared.resolve("eval/clscisumm-dev.jsonl"), indexer, store);
                    case "arxiv" -> dataset(shared.resolve("eval/arxiv-pubmed-sum-dev.jsonl"), indexer, store);
                    case "scitldr" -> dataset(shared.resolve("eval/scitldr-dev.jsonl"), indexer, store);
                    case "corpus" -> corpus(shared.resolve("corpus"), indexer, store);
                    case "qasper" -> qasper(shared.resolve("eval/qasper-dev.jsonl"), indexer, store);
                    default -> throw new IllegalArgumentException(set);
                };
                data.put(set, cases);
                System.out.printf(Locale.ROOT, "loaded %s: %d papers in %.1f s%n", set, cases.size(),
                        (System.nanoTime() - start) / 1e9);
            }
            Map<String, SummarizerSettings> configs = configs();
            for (Map.Entry<String, SummarizerSettings> config : configs.entrySet()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s", config.getKey()));
                double minDelta = Double.MAX_VALUE;
                for (Map.Entry<String, List<Case>> set : data.entrySet()) {
                    SummaryStyle style = set.getKey().equals("scitldr") ? SummaryStyle.TLDR : SummaryStyle.ABSTRACT;
                    double delta = run(set.getKey(), set.getValue(), config.getValue(), style, line,
                            configs.size() == 1 || config.getKey().equals("default"));
                    minDelta = Math.min(minDelta, delta);
                }
                line.append(String.format(Locale.ROOT, " | min d %.2f", minDelta));
                System.out.println(line);
            }
        }
    }

    /** Prints the three summaries of the corpus PDFs named in {@code -Dpapyri.tuning.show=a.pdf,b.pdf}. */
    @Test
    void show() throws IOException {
        String files = System.getProperty("papyri.tuning.show", "");
        if (files.isEmpty()) {
            return;
        }
        Path corpus = Path.of(System.getProperty("papyri.shared.dir", "../../shared"), "corpus");
        LocalPaperStore store = new LocalPaperStore(CACHE.resolve("store"), Clock.systemUTC());
        try (SentenceEmbedder embedder = SentenceEmbedder.load(EmbeddingModelSpec.DEFAULT);
             Papyri papyri = Papyri.builder().withoutLogging().build()) {
            PassageIndexer indexer = new PassageIndexer(embedder, new OpenNlpSentenceSplitter(), () -> Optional.of(store),
                    16);
            ExtractiveSummarizer summarizer = new ExtractiveSummarizer(indexer, SummarizerSettings.DEFAULT);
            for (String file : files.split(",")) {
                Paper paper = papyri.read(corpus.resolve("pdfs").resolve(file));
                PaperIndex index = indexed(indexer, store, paper);
                SentenceFeatures features = ExtractiveSummarizer.features(index);
                SalienceWeights zero = new SalienceWeights(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
                String[] names = {"centroid", "terms", "title", "lead", "contribution", "context", "lengthPenalty"};
                double[][] parts = new double[names.length][];
                for (int k = 0; k < names.length; k++) {
                    parts[k] = features.scores(with(zero, names[k], 1));
                }
                double[] total = features.scores(SalienceWeights.TLDR);
                for (int i = 0; i < Math.min(12, index.sentences().size()); i++) {
                    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%6.2f", total[i]));
                    for (double[] part : parts) {
                        row.append(String.format(Locale.ROOT, " %6.2f", part[i]));
                    }
                    String text = index.sentences().get(i).text();
                    System.out.println("  #" + row + "  " + text.substring(0, Math.min(90, text.length())));
                }
                for (SummaryStyle style : SummaryStyle.values()) {
                    for (int warm = 0; warm < 3; warm++) {
                        summarizer.summarize(paper, style);
                    }
                    long start = System.nanoTime();
                    int runs = 10;
                    for (int run = 0; run < runs; run++) {
                        summarizer.summarize(paper, style);
                    }
                    System.out.printf(Locale.ROOT, "%s %s: %.1f ms per summary after indexing (%d sentences)%n", file,
                            style, (System.nanoTime() - start) / 1e6 / runs, index.sentences().size());
                    io.papyri.api.Summary summary = summarizer.summarize(paper, style);
                    System.out.println("=== " + file + " " + style + " " + summary.outputId());
                    summary.sentences().forEach(x -> System.out.println("  [" + x.source().section() + " p"
                            + x.source().page() + "] " + x.text()));
                }
            }
        }
    }

    /** Configurations to compare; edit while tuning. */
    private static Map<String, SummarizerSettings> configs() {
        Map<String, SummarizerSettings> configs = new LinkedHashMap<>();
        SummarizerSettings base = SummarizerSettings.DEFAULT;
        configs.put("default", base);
        String grid = System.getProperty("papyri.tuning.grid", "");
        if (grid.isEmpty()) {
            return configs;
        }
        for (String name : grid.split(";")) {
            // name=field:value,field:value applied to both weight sets
            String[] parts = name.split("=", 2);
            configs.put(parts[0], apply(base, parts[1]));
        }
        return configs;
    }

    private static SummarizerSettings apply(SummarizerSettings base, String changes) {
        SalienceWeights a = base.abstractWeights();
        SalienceWeights t = base.tldrWeights();
        int words = base.abstractWords();
        for (String change : changes.split(",")) {
            String[] kv = change.split(":");
            String key = kv[0];
            double v = Double.parseDouble(kv[1]);
            if (key.equals("words")) {
                words = (int) v;
                continue;
            }
            boolean tldrOnly = key.startsWith("t.");
            boolean abstractOnly = key.startsWith("a.");
            String field = tldrOnly || abstractOnly ? key.substring(2) : key;
            if (!tldrOnly) {
                a = with(a, field, v);
            }
            if (!abstractOnly) {
                t = with(t, field, v);
            }
        }
        return new SummarizerSettings(words, base.sectionSentences(), a, t);
    }

    private static SalienceWeights with(SalienceWeights w, String field, double v) {
        double[] x = {w.centroid(), w.terms(), w.title(), w.lead(), w.partStart(), w.contribution(), w.firstClaim(),
                w.context(),
                w.citation(), w.introduction(), w.conclusion(), w.relatedWork(), w.abstractPart(), w.idealWords(),
                w.lengthPenalty(), w.redundancy()};
        List<String> names = List.of("centroid", "terms", "title", "lead", "partStart", "contribution", "firstClaim",
                "context",
                "citation", "introduction", "conclusion", "relatedWork", "abstractPart", "idealWords", "lengthPenalty",
                "redundancy");
        int k = names.indexOf(field);
        if (k < 0) {
            throw new IllegalArgumentException(field);
        }
        x[k] = v;
        return new SalienceWeights(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9], x[10], x[11], x[12],
                x[13], x[14], x[15]);
    }

    private double run(String set, List<Case> cases, SummarizerSettings settings, SummaryStyle style,
                       StringBuilder line, boolean dump) throws IOException {
        ExtractiveSummarizer summarizer = new ExtractiveSummarizer(
                new PassageIndexer(cases.get(0).index().embedder(), new OpenNlpSentenceSplitter(), Optional::empty, 1),
                settings);
        LeadComparison comparison = new LeadComparison();
        List<LeadComparison.PaperComparison> results = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        long nanos = 0;
        for (Case c : cases) {
            long start = System.nanoTime();
            List<Integer> chosen = summarizer.choose(ExtractiveSummarizer.features(c.index()), style);
            nanos += System.nanoTime() - start;
            List<String> sentences = chosen.stream().map(i -> c.index().sentences().get(i).text()).toList();
            LeadComparison.PaperComparison r = comparison.compare(c.example(), sentences);
            results.add(r);
            if (dump) {
                out.append(String.format(Locale.ROOT, "## %s  ours %.1f lead %.1f (%d words)%n", c.id(),
                        100 * r.summaryScores().rouge1().fmeasure(), 100 * r.leadScores().rouge1().fmeasure(), r.words()));
                for (int i : chosen) {
                    IndexedSentence s = c.index().sentences().get(i);
                    out.append("  [").append(c.index().passages().get(s.passage()).section()).append("] ")
                            .append(s.text()).append('\n');
                }
                out.append("  REF: ").append(c.example().references().get(0), 0,
                        Math.min(600, c.example().references().get(0).length())).append("\n\n");
            }
        }
        if (dump) {
            Files.writeString(Path.of("target", "tuning", set + ".txt"), out, StandardCharsets.UTF_8);
        }
        SummarizationReport ours = LeadComparison.summaryReport(results);
        SummarizationReport lead = LeadComparison.leadReport(results);
        double words = results.stream().mapToInt(LeadComparison.PaperComparison::words).average().orElse(0);
        line.append(String.format(Locale.ROOT, " | %s n=%d %s vs lead %s w=%.0f %.0fms", set, cases.size(),
                triple(ours), triple(lead), words, nanos / 1e6 / cases.size()));
        return r1(ours) - r1(lead);
    }

    private static String triple(SummarizationReport report) {
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", report.rouge1(), report.rouge2(), report.rougeL());
    }

    private static double r1(SummarizationReport report) {
        return report.rouge1();
    }

    private static List<Case> dataset(Path file, PassageIndexer indexer, LocalPaperStore store) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (SummarizationExample example : SummarizationDataset.read(file)) {
            Paper paper = DatasetPapers.fromSummarization(example);
            cases.add(new Case(example.paperId(), example, indexed(indexer, store, paper)));
        }
        return cases;
    }

    /** QASPER papers with the abstract taken out and used as the reference: a set never tuned on. */
    private static List<Case> qasper(Path file, PassageIndexer indexer, LocalPaperStore store) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (io.papyri.core.eval.QasperPaper record : io.papyri.core.eval.QasperDataset.read(file)) {
            if (record.abstractText().isBlank()) {
                continue;
            }
            Paper full = DatasetPapers.fromQasper(record);
            Paper body = DatasetPapers.withoutAbstract(full, record.abstractText());
            SummarizationExample example = DatasetPapers.toExample(record.paperId(), body,
                    List.of(record.abstractText()));
            cases.add(new Case(record.paperId(), example, indexed(indexer, store, body)));
        }
        return cases;
    }

    private static List<Case> corpus(Path corpus, PassageIndexer indexer, LocalPaperStore store) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Papyri papyri = Papyri.builder().withoutLogging().build()) {
            for (CorpusEntry entry : CorpusManifest.read(corpus)) {
                if (entry.scanned() || entry.abstractText().isBlank()) {
                    continue;
                }
                Path cached = CACHE.resolve("papers").resolve(entry.file() + ".json");
                Paper paper;
                if (Files.exists(cached)) {
                    paper = ArtifactJson.read(Files.readAllBytes(cached), Paper.class, cached.toString());
                } else {
                    paper = papyri.read(corpus.resolve(CorpusManifest.PDF_FOLDER).resolve(entry.file()));
                    Files.createDirectories(cached.getParent());
                    Files.write(cached, ArtifactJson.write(paper));
                }
                Paper body = DatasetPapers.withoutAbstract(paper, entry.abstractText());
                SummarizationExample example = DatasetPapers.toExample(entry.file(), body,
                        List.of(entry.abstractText()));
                cases.add(new Case(entry.file(), example, indexed(indexer, store, body)));
            }
        }
        return cases;
    }

    private static PaperIndex indexed(PassageIndexer indexer, LocalPaperStore store, Paper paper) {
        PaperId id = paper.id();
        if (store.record(id).isEmpty()) {
            store.put(id, "paper.json", "{}".getBytes(StandardCharsets.UTF_8));
        }
        return indexer.index(paper);
    }
}
