package io.papyri.local.pdf.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageFurnitureTest {

    @Test
    void readsArabicAndRomanPageNumbers() {
        assertThat(PageFurniture.numberValue("12")).isEqualTo(12);
        assertThat(PageFurniture.numberValue("iv")).isEqualTo(4);
        assertThat(PageFurniture.numberValue("XIV")).isEqualTo(14);
        assertThat(PageFurniture.numberValue("ix")).isEqualTo(9);
        assertThat(PageFurniture.numberValue("12345")).isNull();
        assertThat(PageFurniture.numberValue("1.0")).isNull();
        assertThat(PageFurniture.numberValue("Table")).isNull();
    }

    @Test
    void comparesRunningHeadsByTheirLettersOnly() {
        assertThat(PageFurniture.letters("66 IEEE SIGNAL PROCESSING LETTERS, VOL. 21"))
                .isEqualTo(PageFurniture.letters("IEEE SIGNAL PROCESSING LETTERS, VOL. 21 65"));
    }
}
