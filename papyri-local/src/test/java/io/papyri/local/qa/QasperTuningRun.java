package io.papyri.local.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;
import io.papyri.core.eval.QasperAnswerType;
import io.papyri.core.eval.QasperEvaluator;
import io.papyri.core.eval.QasperGoldAnswer;
import io.papyri.core.eval.QasperPrediction;
import io.papyri.core.eval.QasperQuestionScore;
import io.papyri.core.eval.QasperReport;
import io.papyri.local.embed.EmbeddingModelSpec;
import io.papyri.local.embed.SentenceEmbedder;
import io.papyri.local.index.PassageIndexer;
import io.papyri.local.nlp.OpenNlpSentenceSplitter;
import io.papyri.local.store.LocalPaperStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runner for tuning the answerer on the QASPER dev split with the official metrics; not part of the
 * normal suite. Run with
 * {@code mvn -o test -pl papyri-local -Dtest=QasperTuningRun -Dpapyri.tuning=true}; it prints
 * Answer-F1 (overall and per answer type), Evidence-F1, the scores per question form and the
 * median answer time, and writes one line per question to {@code target/qa-diag.jsonl}.
 * {@code -Dpapyri.tuning.variants="0,0.5,0.3,1.0,2,0.95,0.5,true;..."} scores further
 * {@link AnswererSettings} (fields in record order) in the same run; {@code -Dpapyri.tuning.features=FILE}
 * writes every sentence's raw retrieval scores for offline analysis. Vectors are kept in a store under
 * {@code target/qasper-store} so that a second run does not embed the papers again (a first run
 * takes about three minutes on two cores, later runs seconds).
 */
@EnabledIfSystemProperty(named = "papyri.tuning", matches = "true")
class QasperTuningRun {

    private record Item(Paper paper, String id, String question, List<QasperGoldAnswer> gold) {
    }

    @Test
    void scoreDevSplit() throws IOException {
        String shared = System.getProperty("papyri.shared.dir");
        assumeTrue(shared != null, "papyri.shared.dir is not set");
        Path data = Path.of(shared, "eval", "qasper-dev.jsonl");
        assumeTrue(Files.exists(data), data + " does not exist");
        List<Item> items = read(data);
        LocalPaperStore store = new LocalPaperStore(Path.of(System.getProperty("papyri.tuning.store",
                "target/qasper-store")), Clock.systemUTC());
        try (PassageIndexer indexer = new PassageIndexer(SentenceEmbedder.load(EmbeddingModelSpec.DEFAULT),
                new OpenNlpSentenceSplitter(), () -> Optional.of(store), 200)) {
            long start = System.nanoTime();
            for (Item item : items) {
                if (store.record(item.paper().id()).isEmpty()) {
                    store.put(item.paper().id(), "paper.json", "{}".getBytes(StandardCharsets.UTF_8));
                }
                indexer.index(item.paper());
            }
            System.out.printf("indexed in %.1f s%n", (System.nanoTime() - start) / 1e9);
            if (System.getProperty("papyri.tuning.features") != null) {
                dumpFeatures(items, indexer, Path.of(System.getProperty("papyri.tuning.features")));
            }
            List<AnswererSettings> variants = variants();
            for (int v = 0; v < variants.size(); v++) {
                run(items, new LocalQuestionAnswerer(indexer, variants.get(v)), v == 0);
            }
        }
    }

    private static List<AnswererSettings> variants() {
        List<AnswererSettings> list = new ArrayList<>();
        list.add(AnswererSettings.DEFAULT);
        String extra = System.getProperty("papyri.tuning.variants", "");
        for (String spec : extra.split(";")) {
            if (!spec.isBlank()) {
                String[] f = spec.split(",");
                list.add(new AnswererSettings(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]), Double.parseDouble(f[3]), Integer.parseInt(f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6]), Boolean.parseBoolean(f[7])));
            }
        }
        return list;
    }

    private void run(List<Item> items, LocalQuestionAnswerer answerer, boolean dump) throws IOException {
        QasperEvaluator evaluator = new QasperEvaluator();
        Map<String, List<QasperGoldAnswer>> gold = new LinkedHashMap<>();
        Map<String, QasperPrediction> predictions = new LinkedHashMap<>();
        Map<String, double[]> byForm = new TreeMap<>();
        List<Long> times = new ArrayList<>();
        try (PrintWriter out = dump ? new PrintWriter(Files.newBufferedWriter(Path.of("target/qa-diag.jsonl")))
                : null) {
            ObjectMapper json = new ObjectMapper();
            for (Item item : items) {
                long t0 = System.nanoTime();
                LocalQuestionAnswerer.Reading r = answerer.read(item.paper(), item.question());
                times.add(System.nanoTime() - t0);
                List<String> evidence = r.evidence().stream().map(Evidence::passage).map(p -> p.text()).toList();
                QasperPrediction prediction = new QasperPrediction(r.text(), evidence);
                gold.put(item.id(), item.gold());
                predictions.put(item.id(), prediction);
                QasperQuestionScore score = evaluator.scoreQuestion(prediction, item.gold());
                double[] acc = byForm.computeIfAbsent(r.question().form().name(), k -> new double[3]);
                acc[0] += score.answerF1();
                acc[1] += score.evidenceF1();
                acc[2]++;
                if (out != null) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", item.id());
                    row.put("q", item.question());
                    row.put("form", r.question().form().name());
                    row.put("pred", r.text());
                    row.put("sentence", r.sentence());
                    row.put("support", r.support());
                    row.put("af1", score.answerF1());
                    row.put("ef1", score.evidenceF1());
                    row.put("gold", item.gold().stream().map(g -> Map.of("type", g.type().name(), "text", g.text(),
                            "evidence", g.evidence())).toList());
                    row.put("evidence", evidence);
                    out.println(json.writeValueAsString(row));
                }
            }
        }
        QasperReport report = evaluator.evaluate(gold, predictions);
        StringBuilder types = new StringBuilder();
        for (QasperAnswerType type : QasperAnswerType.values()) {
            types.append(String.format(" %s=%.1f", type, 100 * report.answerF1ByType().getOrDefault(type, 0.0)));
        }
        StringBuilder forms = new StringBuilder();
        byForm.forEach((form, acc) -> forms.append(String.format(" %s(n=%d A=%.1f E=%.1f)", form, (int) acc[2],
                100 * acc[0] / acc[2], 100 * acc[1] / acc[2])));
        times.sort(null);
        System.out.printf("%s%n  Answer-F1 %.2f  Evidence-F1 %.2f |%s%n  by form:%s%n  median %.1f ms, p90 %.1f ms%n",
                answerer.settings(), 100 * report.answerF1(), 100 * report.evidenceF1(), types, forms,
                times.get(times.size() / 2) / 1e6, times.get(times.size() * 9 / 10) / 1e6);
    }

    /** Writes the raw retrieval features of every sentence for every question, for offline tuning. */
    private static void dumpFeatures(List<Item> items, PassageIndexer indexer, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (Item item : items) {
                io.papyri.local.index.PaperIndex index = indexer.index(item.paper());
                Question question = Question.read(item.question());
                float[] vector = index.embedQuery(question.text());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", item.id());
                row.put("q", item.question());
                row.put("form", question.form().name());
                row.put("search", question.searchText());
                row.put("focus", question.focusStems());
                row.put("sbm", index.sentenceBm25(question.searchText()));
                row.put("scos", index.sentenceSimilarities(vector));
                row.put("pbm", index.passageBm25(question.searchText()));
                double[] pcos = new double[index.passages().size()];
                for (int p = 0; p < pcos.length; p++) {
                    pcos[p] = io.papyri.local.index.PaperIndex.dot(vector, index.passageVector(p));
                }
                row.put("pcos", pcos);
                row.put("spass", index.sentences().stream().mapToInt(s -> s.passage()).toArray());
                row.put("stext", index.sentences().stream().map(s -> s.text()).toList());
                row.put("stems", index.sentences().stream().map(s -> Terms.of(s.text())).toList());
                row.put("psec", index.passages().stream().map(p -> p.section()).toList());
                List<Object> gold = new ArrayList<>();
                for (QasperGoldAnswer g : item.gold()) {
                    List<Integer> hits = new ArrayList<>();
                    for (int p = 0; p < index.passages().size(); p++) {
                        if (g.evidence().contains(index.passages().get(p).text())) {
                            hits.add(p);
                        }
                    }
                    gold.add(Map.of("type", g.type().name(), "text", g.text(), "evidence", g.evidence(), "hits", hits));
                }
                row.put("gold", gold);
                out.println(json.writeValueAsString(row));
            }
        }
    }

    private static List<Item> read(Path data) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = json.readTree(line);
            List<Section> sections = new ArrayList<>();
            for (JsonNode section : record.get("sections")) {
                List<Paragraph> paragraphs = new ArrayList<>();
                for (JsonNode paragraph : section.get("paragraphs")) {
                    paragraphs.add(new Paragraph(paragraph.asText(), 1));
                }
                sections.add(new Section(section.get("heading").asText(""), 1, 1, paragraphs));
            }
            Paper paper = new Paper(new PaperId("qasper", record.get("paper_id").asText()),
                    record.get("title").asText(""), List.of(), record.get("abstract").asText(""), sections,
                    List.of(), List.of(), Map.of());
            for (JsonNode question : record.get("questions")) {
                List<QasperGoldAnswer> gold = new ArrayList<>();
                for (JsonNode answer : question.get("answers")) {
                    List<String> evidence = new ArrayList<>();
                    answer.path("evidence").forEach(e -> evidence.add(e.asText()));
                    gold.add(new QasperGoldAnswer(QasperAnswerType.parse(answer.get("type").asText()),
                            answer.get("text").asText(), evidence));
                }
                items.add(new Item(paper, question.get("question_id").asText(), question.get("question").asText(),
                        gold));
            }
        }
        return items;
    }
}
