package org.collectivization.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void countsReadAsPeopleWriteThem() {
        assertThat(Formats.count(5_612_345)).isEqualTo("5.6 million");
        assertThat(Formats.count(999_960)).isEqualTo("1.0 million");
        assertThat(Formats.count(462_214)).isEqualTo("462,000");
        assertThat(Formats.count(10_049)).isEqualTo("10,000");
        assertThat(Formats.count(1_234)).isEqualTo("1,234");
        assertThat(Formats.count(7.4)).isEqualTo("7");
        assertThat(Formats.count(0)).isEqualTo("0");
        assertThat(Formats.count(-0.2)).isEqualTo("0");
        assertThat(Formats.count(-25_300)).isEqualTo("\u221225,300");
        assertThat(Formats.count(Double.NaN)).isEqualTo("\u2013");
    }

    @Test
    void tonnesAndMillionTonnes() {
        assertThat(Formats.tonnes(22_100_000)).isEqualTo("22.1 million tonnes");
        assertThat(Formats.millionTonnes(22_140_000)).isEqualTo("22.1");
        assertThat(Formats.millionTonnes(120_000)).isEqualTo("0.12");
        assertThat(Formats.millionTonnes(1_000)).isEqualTo("< 0.01");
        assertThat(Formats.millionTonnes(0)).isEqualTo("0");
    }

    @Test
    void percentages() {
        assertThat(Formats.percentChange(-0.456)).isEqualTo("\u221246%");
        assertThat(Formats.percentChange(0.12)).isEqualTo("+12%");
        assertThat(Formats.percentChange(-0.001)).isEqualTo("0%");
        assertThat(Formats.percent(0.583)).isEqualTo("58%");
    }

    @Test
    void parameterValuesAreCompact() {
        Map<Integer, Double> byYear = new LinkedHashMap<>();
        byYear.put(1929, 1.0);
        byYear.put(1930, 1.1);
        assertThat(Formats.parameterValue(byYear)).isEqualTo("1929: 1, 1930: 1.1");
        assertThat(Formats.parameterValue(0.35)).isEqualTo("0.35");
        assertThat(Formats.parameterValue(25_000_000)).isEqualTo("25,000,000");
        assertThat(Formats.parameterValue(1e-4)).isEqualTo("0.0001");
        assertThat(Formats.parameterValue(List.of(0.2, 0.8))).isEqualTo("[0.2, 0.8]");
        assertThat(Formats.parameterValue(true)).isEqualTo("true");
        assertThat(Formats.parameterValue(null)).isEmpty();
        assertThat(Formats.range(List.of(0, 1))).isEqualTo("0 \u2013 1");
        assertThat(Formats.range(Arrays.asList(0, null))).isEqualTo("0 \u2013 ");
        assertThat(Formats.range(null)).isEmpty();
    }
}
