package io.papyri.local.nlp;

import io.papyri.api.ProviderConfigurationException;
import io.papyri.core.index.SentenceSplitter;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@link SentenceSplitter} backed by Apache OpenNLP's maximum-entropy sentence detector, with
 * corrections for scientific writing on top.
 *
 * <p>The default English model ({@value #ENGLISH_MODEL_RESOURCE}, from the
 * {@code opennlp-models-sentdetect-en} artifact) is read from the class path once per JVM and shared.
 * OpenNLP's detector is not thread-safe, so each thread gets its own detector over the shared,
 * thread-safe model; a splitter is therefore safe to share between threads.
 *
 * <p>Two detected sentences are joined again when the first ends with
 * <ul>
 *   <li>{@code et al.} and the second starts with a year ({@code (2017)}, {@code 2017a}) or a
 *       lower-case letter;</li>
 *   <li>a figure, equation, section or table reference ({@code Fig.}, {@code Eq.}, {@code Sec.},
 *       {@code Tab.}, ...) and the second starts with a number;</li>
 *   <li>{@code e.g.}, {@code i.e.}, {@code cf.} or {@code vs.} and the second starts with anything but
 *       an upper-case letter.</li>
 * </ul>
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

    /** The class-path resource of the bundled English sentence model. */
    public static final String ENGLISH_MODEL_RESOURCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final Logger LOG = LoggerFactory.getLogger(OpenNlpSentenceSplitter.class);

    private static final Pattern YEAR_START = Pattern.compile("^[(\\[]?\\d{4}[a-z]?\\b.*", Pattern.DOTALL);
    private static final Pattern NUMBER_START = Pattern.compile("^[(\\[]?\\d.*", Pattern.DOTALL);
    private static final Set<String> NUMBERED_REFERENCES = Set.of(
            "fig.", "figs.", "eq.", "eqs.", "sec.", "secs.", "tab.", "ref.", "refs.", "no.", "ch.", "app.");
    private static final Set<String> INLINE_ABBREVIATIONS = Set.of("e.g.", "i.e.", "cf.", "vs.", "viz.", "approx.");

    private static volatile SentenceModel englishModel;

    private final SentenceModel model;
    private final ThreadLocal<SentenceDetectorME> detectors;

    /**
     * Creates a splitter over the bundled English model, loading it on first use in this JVM.
     *
     * @throws ProviderConfigurationException when the model artifact is not on the class path
     */
    public OpenNlpSentenceSplitter() {
        this(englishModel());
    }

    /**
     * Creates a splitter over a sentence model of one's own.
     *
     * @param model an OpenNLP sentence model
     */
    public OpenNlpSentenceSplitter(SentenceModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.detectors = ThreadLocal.withInitial(() -> new SentenceDetectorME(this.model));
    }

    @Override
    public List<String> split(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return List.of();
        }
        Span[] spans = detectors.get().sentPosDetect(text);
        List<String> sentences = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Span span : spans) {
            if (start >= 0 && continues(text.substring(start, end).strip(),
                    text.substring(span.getStart(), span.getEnd()).strip())) {
                end = span.getEnd();
                continue;
            }
            add(sentences, text, start, end);
            start = span.getStart();
            end = span.getEnd();
        }
        add(sentences, text, start, end);
        return List.copyOf(sentences);
    }

    private static void add(List<String> sentences, String text, int start, int end) {
        if (start >= 0) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
    }

    /** Whether {@code next} carries on the sentence {@code previous} rather than starting one. */
    static boolean continues(String previous, String next) {
        if (next.isEmpty()) {
            return false;
        }
        String lastWord = lastWord(previous);
        char first = next.charAt(0);
        if (lastWord.equals("al.")) {
            return Character.isLowerCase(first) || YEAR_START.matcher(next).matches();
        }
        if (NUMBERED_REFERENCES.contains(lastWord)) {
            return NUMBER_START.matcher(next).matches();
        }
        if (INLINE_ABBREVIATIONS.contains(lastWord)) {
            return !Character.isUpperCase(first);
        }
        return false;
    }

    private static String lastWord(String sentence) {
        int space = sentence.length();
        while (space > 0 && !Character.isWhitespace(sentence.charAt(space - 1))) {
            space--;
        }
        String word = sentence.substring(space);
        while (word.length() > 1 && (word.charAt(0) == '(' || word.charAt(0) == '[')) {
            word = word.substring(1);
        }
        return word.toLowerCase(Locale.ROOT);
    }

    /** The bundled English model, read on first use and then shared by all splitters. */
    private static SentenceModel englishModel() {
        SentenceModel loaded = englishModel;
        if (loaded == null) {
            synchronized (OpenNlpSentenceSplitter.class) {
                loaded = englishModel;
                if (loaded == null) {
                    loaded = loadEnglishModel();
                    englishModel = loaded;
                }
            }
        }
        return loaded;
    }

    private static SentenceModel loadEnglishModel() {
        long started = System.nanoTime();
        try (InputStream in = OpenNlpSentenceSplitter.class.getClassLoader()
                .getResourceAsStream(ENGLISH_MODEL_RESOURCE)) {
            if (in == null) {
                throw new ProviderConfigurationException("The OpenNLP English sentence model '"
                        + ENGLISH_MODEL_RESOURCE + "' is not on the class path: add"
                        + " org.apache.opennlp:opennlp-models-sentdetect-en to the dependencies.");
            }
            SentenceModel model = new SentenceModel(in);
            LOG.debug("Loaded OpenNLP sentence model {} in {} ms", ENGLISH_MODEL_RESOURCE,
                    (System.nanoTime() - started) / 1_000_000);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the OpenNLP sentence model '"
                    + ENGLISH_MODEL_RESOURCE + "' from the class path", e);
        }
    }
}
