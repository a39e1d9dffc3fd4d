package io.papyri.core.arxiv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArxivQueryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "TITLE,         ti",
            "AUTHOR,        au",
            "ABSTRACT,      abs",
            "COMMENT,       co",
            "JOURNAL_REF,   jr",
            "CATEGORY,      cat",
            "REPORT_NUMBER, rn",
            "ID,            id",
            "ALL,           all"
    })
    void everyFieldHasArxivsPrefix(ArxivQuery.Field field, String prefix) {
        assertThat(ArxivQuery.field(field, "electron").text()).isEqualTo(prefix + ":electron");
    }

    @Test
    void shortcutsUseTheirFields() {
        assertThat(ArxivQuery.title("checkerboard")).hasToString("ti:checkerboard");
        assertThat(ArxivQuery.author("del_maestro")).hasToString("au:del_maestro");
        assertThat(ArxivQuery.abstractText("lattice")).hasToString("abs:lattice");
        assertThat(ArxivQuery.comment("figures")).hasToString("co:figures");
        assertThat(ArxivQuery.journalRef("PhysRevB")).hasToString("jr:PhysRevB");
        assertThat(ArxivQuery.category("cond-mat.str-el")).hasToString("cat:cond-mat.str-el");
        assertThat(ArxivQuery.reportNumber("CERN-TH-2001-123")).hasToString("rn:CERN-TH-2001-123");
        assertThat(ArxivQuery.id(ArxivId.parse("math/0405482v1"))).hasToString("id:\"math/0405482v1\"");
        assertThat(ArxivQuery.all("electron")).hasToString("all:electron");
    }

    @Test
    void phrasesAndValuesWithSyntaxCharactersAreQuoted() {
        assertThat(ArxivQuery.title("quantum  criticality\n on a lattice")).hasToString("ti:\"quantum criticality on a lattice\"");
        assertThat(ArxivQuery.author("Del Maestro")).hasToString("au:\"Del Maestro\"");
        assertThat(ArxivQuery.title("a(b)")).hasToString("ti:\"a(b)\"");
        assertThat(ArxivQuery.title("x:y")).hasToString("ti:\"x:y\"");
        assertThat(ArxivQuery.all("AND")).hasToString("all:\"AND\"");
        assertThat(ArxivQuery.title("Schrödinger")).hasToString("ti:Schrödinger");
    }

    @Test
    void booleanOperatorsGroupCompoundOperandsSoPrecedenceNeverMatters() {
        ArxivQuery q = ArxivQuery.title("attention is all you need")
                .or(ArxivQuery.abstractText("transformer"))
                .and(ArxivQuery.category("cs.CL"))
                .andNot(ArxivQuery.author("smith"));

        assertThat(q.text()).isEqualTo(
                "((ti:\"attention is all you need\" OR abs:transformer) AND cat:cs.CL) ANDNOT au:smith");
        assertThat(ArxivQuery.author("a").and(ArxivQuery.title("b").or(ArxivQuery.title("c"))).text())
                .isEqualTo("au:a AND (ti:b OR ti:c)");
    }

    @Test
    void allOfAndAnyOfJoinFlatly() {
        assertThat(ArxivQuery.allOf(ArxivQuery.author("a"), ArxivQuery.author("b"), ArxivQuery.category("hep-th")).text())
                .isEqualTo("au:a AND au:b AND cat:hep-th");
        assertThat(ArxivQuery.anyOf(ArxivQuery.category("cs.CL"), ArxivQuery.category("cs.LG"))
                .andNot(ArxivQuery.title("survey")).text())
                .isEqualTo("(cat:cs.CL OR cat:cs.LG) ANDNOT ti:survey");
        assertThat(ArxivQuery.allOf(ArxivQuery.all("x"))).isEqualTo(ArxivQuery.all("x"));
    }

    @Test
    void rawQueriesPassThroughAndAreGroupedWhenCombined() {
        ArxivQuery raw = ArxivQuery.raw("  au:del_maestro AND\n ti:checkerboard ");

        assertThat(raw.text()).isEqualTo("au:del_maestro AND ti:checkerboard");
        assertThat(raw.and(ArxivQuery.category("cond-mat")).text())
                .isEqualTo("(au:del_maestro AND ti:checkerboard) AND cat:cond-mat");
        assertThat(ArxivQuery.raw("testing").and(ArxivQuery.category("cs.SE")).text()).isEqualTo("testing AND cat:cs.SE");
        assertThatThrownBy(() -> ArxivQuery.raw(" \n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void submittedDateRangesUseArxivsMinuteFormatInGmt() {
        assertThat(ArxivQuery.submittedBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).text())
                .isEqualTo("submittedDate:[202301010000 TO 202312312359]");
        assertThat(ArxivQuery.submittedBetween(Instant.parse("2024-03-05T07:08:59Z"), Instant.parse("2024-03-06T23:00:00Z")).text())
                .isEqualTo("submittedDate:[202403050708 TO 202403062300]");
        assertThat(ArxivQuery.submittedBetween(LocalDate.of(2020, 6, 1), null).text())
                .isEqualTo("submittedDate:[202006010000 TO 999912312359]");
        assertThat(ArxivQuery.submittedBetween(null, LocalDate.of(1995, 2, 3)).text())
                .isEqualTo("submittedDate:[199101010000 TO 199502032359]");
        assertThat(ArxivQuery.lastUpdatedBetween(LocalDate.of(2022, 2, 2), LocalDate.of(2022, 2, 2)).text())
                .isEqualTo("lastUpdatedDate:[202202020000 TO 202202022359]");
        assertThat(ArxivQuery.category("cs.CL").and(
                ArxivQuery.submittedBetween(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 30))).text())
                .isEqualTo("cat:cs.CL AND submittedDate:[201706010000 TO 201706302359]");
        assertThatThrownBy(() -> ArxivQuery.submittedBetween(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void encodingEscapesEverythingArxivsParserReadsAndRoundTrips() {
        ArxivQuery q = ArxivQuery.title("quantum criticality").and(ArxivQuery.author("Gödel"))
                .andNot(ArxivQuery.submittedBetween(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 2)));

        String encoded = q.encoded();

        assertThat(encoded).isEqualTo("%28ti%3A%22quantum%20criticality%22%20AND%20au%3AG%C3%B6del%29%20ANDNOT%20"
                + "submittedDate%3A%5B200101010000%20TO%20200101022359%5D");
        assertThat(encoded).doesNotContain("+", " ", "\"", "(", "&");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(q.text());
        assertThat(ArxivQuery.raw("a&b=c#d").encoded()).isEqualTo("a%26b%3Dc%23d");
    }

    @Test
    void aDoubleQuoteCannotBeSmuggledIntoAPhrase() {
        assertThatThrownBy(() -> ArxivQuery.title("x\" OR all:\"y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("double quote");
        assertThatThrownBy(() -> ArxivQuery.title("  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
