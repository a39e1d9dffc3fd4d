package io.papyri.core.clean.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 Introduction|ARABIC|1|1|Introduction",
        "2. Related Work|ARABIC|2|1|Related Work",
        "2.1 Attention|ARABIC|2.1|2|Attention",
        "3.2.1. Scaled Dot-Product Attention|ARABIC|3.2.1|3|Scaled Dot-Product Attention",
        "§4 Results|ARABIC|4|1|Results",
        "II. BACKGROUND|ROMAN|II|1|BACKGROUND",
        "IV CORRECTIONS AT FINITE N|ROMAN|IV|1|CORRECTIONS AT FINITE N",
        "I. INTRODUCTION|ROMAN_OR_LETTER|I|1|INTRODUCTION",
        "A. Object Detection Baselines|LETTER|A|1|Object Detection Baselines",
        "B.2 More Results|LETTER|B.2|2|More Results",
        "CHAPTER 2 Literature Review|CHAPTER|CHAPTER 2|1|Literature Review",
        "Appendix A. Tools from probability theory|APPENDIX|Appendix A|1|Tools from probability theory",
        "APPENDIX|APPENDIX|APPENDIX|1|''",
    })
    void parsesNumbering(String text, HeadingNumber.Scheme scheme, String label, int depth, String rest) {
        HeadingNumber number = HeadingNumber.parse(text);
        assertThat(number).isNotNull();
        assertThat(number.scheme()).isEqualTo(scheme);
        assertThat(number.label()).isEqualTo(label);
        assertThat(number.depth()).isEqualTo(depth);
        assertThat(number.rest()).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Introduction", "3D Reconstruction", "ASAP: Automatic Smoothing", "IIV. Not roman", "2013"})
    void leavesUnnumberedTextAlone(String text) {
        assertThat(HeadingNumber.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"2.1 Attention,2", "XIV. Late,14", "C. Third,3"})
    void readsLeadingValue(String text, int value) {
        assertThat(HeadingNumber.parse(text).leadingValue()).isEqualTo(value);
    }
}
