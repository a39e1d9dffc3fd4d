package io.papyri.core.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SectionKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 Introduction|INTRODUCTION",
            "I. INTRODUCTION|INTRODUCTION",
            "Abstract|ABSTRACT",
            "7 Conclusion|CONCLUSION",
            "V. DISCUSSION|CONCLUSION",
            "6 Conclusions and Future Work|CONCLUSION",
            "2 Related Work|RELATED_WORK",
            "II. BACKGROUND|RELATED_WORK",
            "4 Experiments|RESULTS",
            "5.2 Results on WMT|RESULTS",
            "5.1 Experimental Setup|RESULTS",
            "Baselines|SETUP",
            "Implementation Details|SETUP",
            "3 Datasets|DATA",
            "Corpus Collection|DATA",
            "References|BACK_MATTER",
            "Acknowledgements|BACK_MATTER",
            "Appendix A: Proofs|BACK_MATTER",
            "3 Model Architecture|BODY",
            "Introduction ::: Our Contributions|INTRODUCTION",
            "Method ::: Data Collection|DATA",
            "Method ::: Encoder|BODY",
            "''|BODY",
    })
    void aHeadingSaysWhatItsSectionDoes(String heading, SectionKind kind) {
        assertThat(SectionKind.of(heading)).isEqualTo(kind);
    }
}
