package io.papyri.core;

import io.papyri.api.Answer;
import io.papyri.api.AnswerKind;
import io.papyri.api.ExposureCount;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.Provenance;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.Rating;
import io.papyri.api.Section;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.api.spi.QuestionAnswerer;
import io.papyri.core.experiment.Experiment;
import io.papyri.core.experiment.Variant;
import io.papyri.core.experiment.VariantData;
import io.papyri.core.feedback.InMemoryFeedbackStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Papyri#assign}: variants served with their own settings, exposures recorded, ratings attributed. */
class PapyriExperimentTest {

    private static final PaperId ID = PaperId.parse("arxiv:1706.03762");
    private static final Paper PAPER = new Paper(ID, "Attention Is All You Need", List.of(), "We propose the Transformer.",
            List.of(new Section("1 Introduction", 1, 1, List.of(new Paragraph("Attention is all you need.", 2)))),
            List.of(), List.of(), Map.of());
    private static final QuestionAnswerer ANSWERER = (paper, question) -> new Answer("answer-1", paper.id(), question,
            "The Transformer", AnswerKind.EXTRACTIVE, 0.5, List.of(), new Provenance("fixed", "fixed-1", "0"));

    private static final Experiment PREFIXES = new Experiment("prefixes", FeedbackTarget.SUMMARY, List.of(
            new Variant("plain", "first-paragraph", Map.of(), 1),
            new Variant("brief", "first-paragraph", Map.of("papyri.fixture.prefix", "Briefly:"), 1)));

    private static Papyri papyri(InMemoryFeedbackStore feedback) {
        return Papyri.builder().withoutLogging().clock(new TickingClock()).summarizer("first-paragraph").answerer(ANSWERER)
                .setting("papyri.fixture.prefix", "").feedback(feedback).build();
    }

    @Test
    void eachUnitIsServedItsVariantWithThatVariantsSettingsAndTheDefaultStaysAsItWas() {
        InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
        try (Papyri papyri = papyri(feedback)) {
            Map<String, Integer> served = new HashMap<>();
            for (int i = 0; i < 30; i++) {
                AssignedVariant assigned = papyri.assign(PREFIXES, "user-" + i);
                assertThat(papyri.assign(PREFIXES, "user-" + i).variant()).isEqualTo(assigned.variant());
                Summary summary = assigned.summarize(PAPER, SummaryStyle.TLDR);
                if (assigned.variant().name().equals("brief")) {
                    assertThat(summary.text()).startsWith("Briefly: Attention");
                    assertThat(summary.outputId()).isNotEqualTo("out-1");
                } else {
                    assertThat(summary.text()).isEqualTo("Attention is all you need.");
                    assertThat(summary.outputId()).isEqualTo("out-1");
                }
                // the same unit served again is the same exposure
                assigned.summarize(PAPER, SummaryStyle.TLDR);
                served.merge(assigned.variant().name(), 1, Integer::sum);
            }
            assertThat(served).containsOnlyKeys("plain", "brief");
            assertThat(papyri.summarize(PAPER, SummaryStyle.TLDR).text())
                    .as("the variant's setting does not leak into the instance's own summarizer")
                    .isEqualTo("Attention is all you need.");
            assertThat(papyri.exposureCounts("prefixes")).containsExactly(
                    new ExposureCount("brief", served.get("brief"), served.get("brief")),
                    new ExposureCount("plain", served.get("plain"), served.get("plain")));
        }
    }

    @Test
    void aRatingCarriesTheVariantItsRaterWasShownAndTheReportCountsEachRatersLatestRating() {
        InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
        try (Papyri papyri = papyri(feedback)) {
            Map<String, String> outputOf = new HashMap<>();
            Map<String, String> variantOf = new HashMap<>();
            for (int i = 0; i < 10; i++) {
                AssignedVariant assigned = papyri.assign(PREFIXES, "user-" + i);
                outputOf.put("user-" + i, assigned.summarize(PAPER, SummaryStyle.TLDR).outputId());
                variantOf.put("user-" + i, assigned.variant().name());
            }
            for (int i = 0; i < 10; i++) {
                String unit = "user-" + i;
                Rating rating = papyri.rate(outputOf.get(unit), variantOf.get(unit).equals("brief") ? 5 : 3, "",
                        List.of(), unit, "k-" + unit);
                assertThat(rating.variant()).isEqualTo("prefixes/" + variantOf.get(unit));
            }
            // user-0 changes their mind: only the later rating counts
            papyri.rate(outputOf.get("user-0"), 1, "", List.of(), "user-0", "k-user-0-again");
            // someone never shown the output rates it: no variant, not counted
            Rating stranger = papyri.rate(outputOf.get("user-1"), 1, "", List.of(), "stranger", "k-stranger");
            assertThat(stranger.variant()).isEmpty();

            List<VariantData> data = papyri.experimentData(PREFIXES);

            Map<String, List<Integer>> expected = new HashMap<>();
            for (int i = 0; i < 10; i++) {
                String variant = variantOf.get("user-" + i);
                int score = i == 0 ? 1 : variant.equals("brief") ? 5 : 3;
                expected.computeIfAbsent(variant, v -> new ArrayList<>()).add(score);
            }
            assertThat(data).extracting(VariantData::variant).containsExactly("plain", "brief");
            for (VariantData variant : data) {
                List<Integer> scores = expected.get(variant.variant());
                assertThat(variant.exposures()).as(variant.variant()).isEqualTo(scores.size());
                assertThat(variant.ratings()).as(variant.variant()).containsExactlyInAnyOrderElementsOf(scores);
            }
        }
    }

    @Test
    void onlyTheExperimentsTargetIsVariedAndRecorded() {
        InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
        try (Papyri papyri = papyri(feedback)) {
            AssignedVariant assigned = papyri.assign(PREFIXES, "user-1");
            assertThat(assigned.answer(PAPER, "What is proposed?").text()).isEqualTo("The Transformer");
            assertThat(feedback.exposures("answer-1")).as("answers are outside a summary experiment").isEmpty();
        }
    }

    @Test
    void aVariantWhoseProviderIsNotInstalledFailsWithItsName() {
        Experiment missing = new Experiment("missing", FeedbackTarget.SUMMARY, List.of(
                new Variant("a", "first-paragraph", Map.of(), 1), new Variant("b", "no-such-summarizer", Map.of(), 1)));
        try (Papyri papyri = papyri(new InMemoryFeedbackStore())) {
            String unit = IntStream.range(0, 100).mapToObj(i -> "u" + i)
                    .filter(u -> papyri.assign(missing, u).variant().name().equals("b")).findFirst().orElseThrow();
            assertThatThrownBy(() -> papyri.assign(missing, unit).summarize(PAPER, SummaryStyle.TLDR))
                    .isInstanceOf(ProviderConfigurationException.class)
                    .hasMessageContaining("Variant 'b'").hasMessageContaining("no-such-summarizer")
                    .hasMessageContaining("installed: first-paragraph");
            assertThatThrownBy(() -> papyri.assign(PREFIXES, " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user or session id");
        }
    }

    /** Each reading is a millisecond later than the one before, so later ratings are newer. */
    private static final class TickingClock extends Clock {
        private final AtomicLong millis = new AtomicLong(Instant.parse("2026-11-26T10:00:00Z").toEpochMilli());

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.incrementAndGet());
        }
    }
}
