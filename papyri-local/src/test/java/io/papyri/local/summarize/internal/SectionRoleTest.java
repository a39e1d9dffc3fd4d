package io.papyri.local.summarize.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SectionRoleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 Introduction|INTRODUCTION",
            "I. INTRODUCTION|INTRODUCTION",
            "Abstract|ABSTRACT",
            "7 Conclusion|CONCLUSION",
            "V. DISCUSSION|CONCLUSION",
            "6 Conclusions and Future Work|CONCLUSION",
            "summary|CONCLUSION",
            "2 Related Work|RELATED_WORK",
            "II. BACKGROUND|RELATED_WORK",
            "4 Experiments|RESULTS",
            "5.2 Results on WMT|RESULTS",
            "References|BACK_MATTER",
            "Acknowledgements|BACK_MATTER",
            "Appendix A: Proofs|BACK_MATTER",
            "3 Model Architecture|BODY",
            "Introduction ::: Our Contributions|INTRODUCTION",
            "''|BODY",
    })
    void headingsNameTheirRole(String heading, SectionRole role) {
        assertThat(SectionRole.of(heading)).isEqualTo(role);
    }
}
