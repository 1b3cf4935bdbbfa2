package org.collectivization.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * attribute on the command line at a tiny size (700 households, 2 replicates, 3 factors). Every run is
 * seeded, so nothing here is stochastic: the same command gives the same files every time.
 */
class AttributeCliTest {
    private static final String H = "scenarios/historical.yaml";

    static final String THREE = """
            factors:
              blockade:
                cause: "the blockade"
                source: "no-blockade.yaml"
                set:
                  migration.blockade_from: never
              forced_collectivization:
                cause: "forced collectivization"
                source: "voluntary-collectivization.yaml"
                set:
                  collectivization.coercive: false
              dekulakization:
                cause: "dekulakization"
                source: "voluntary-collectivization.yaml"
                set:
                  dekulakization.start: never
            incoherent:
              - {present: dekulakization, absent: forced_collectivization, odd: "4.8", why: "no dekulakization without coercion"}
            """;

    @TempDir
    Path tmp;

    private Path file(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** attribute SCENARIO --factors F --replications 2 --households 700 --out OUT, then {@code more}. */
    private static String[] args(Path factors, Path out, String... more) {
        String[] head = {"attribute", H, "--factors", factors.toString(), "--replications", "2", "--households", "700",
            "--out", out.toString()};
        String[] all = new String[head.length + more.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(more, 0, all, head.length, more.length);
        return all;
    }

    private CliTest.Result attribute(Path factors, Path out, String... more) {
        return CliTest.execute(args(factors, out, more));
    }

    @Test
    void filesHaveTheirShapeAndARerunIsIdentical() throws Exception {
        Path factors = file("three.yaml", THREE);
        Path one = tmp.resolve("one"), two = tmp.resolve("two"), split = tmp.resolve("split");
        CliTest.Result r = attribute(factors, one, "--threads", "1");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("2^3 = 8 combinations x 2 replicates = 16 runs")
                .contains("Famine deaths in the model, Shapley value of each cause");
        // 7 figures x 3 factors; 7 figures x 3 pairs; 8 cells x 7 figures; 8 cells x 2 replicates
        List<String> attribution = Files.readAllLines(one.resolve("attribution.csv"));
        assertThat(attribution.get(0)).isEqualTo("figure,factor,shapley,low,high,share_of_total");
        assertThat(attribution).hasSize(1 + 7 * 3).anyMatch(l -> l.startsWith("excess_deaths_ukraine,blockade,"))
                .anyMatch(l -> l.startsWith("excess_deaths_kazakhstan,dekulakization,"))
                .anyMatch(l -> l.startsWith("cattle_loss_share,forced_collectivization,"));
        List<String> interactions = Files.readAllLines(one.resolve("interactions.csv"));
        assertThat(interactions.get(0)).isEqualTo("figure,factor_a,factor_b,interaction,low,high");
        assertThat(interactions).hasSize(1 + 7 * 3).contains(interactions.stream()
                .filter(l -> l.startsWith("excess_deaths_total,forced_collectivization,dekulakization,")).findFirst().orElseThrow());
        List<String> cells = Files.readAllLines(one.resolve("cells.csv"));
        assertThat(cells.get(0)).isEqualTo("cell,blockade,forced_collectivization,dekulakization,switched_off,figure,mean,n");
        assertThat(cells).hasSize(1 + 8 * 7);
        assertThat(Files.readAllLines(one.resolve("replicates.csv"))).hasSize(1 + 8 * 2);
        for (String c : List.of("1-waterfall-excess-deaths-total", "2-waterfall-excess-deaths-ukraine",
                "3-waterfall-excess-deaths-kazakhstan", "4-waterfall-cattle-loss-share")) {
            assertThat(one.resolve("charts/" + c + ".png")).exists();
            assertThat(one.resolve("charts/" + c + ".svg")).exists();
        }
        String html = Files.readString(one.resolve("report.html"));
        assertThat(html).contains("a statement about the model").contains("What it does not mean")
                .contains("dekulakization present while forced_collectivization is switched off (ODD 4.8)")
                .contains("2 of 8 combinations");

        efficiency(attribution, cells);

        assertThat(attribute(factors, two, "--threads", "2").status()).isZero();
        for (String f : List.of("attribution.csv", "interactions.csv", "cells.csv", "replicates.csv")) {
            assertThat(Files.readAllBytes(two.resolve(f))).as(f).isEqualTo(Files.readAllBytes(one.resolve(f)));
        }

        assertThat(attribute(factors, split, "--tasks", "2", "--task-index", "0").status()).isZero();
        assertThat(attribute(factors, split, "--tasks", "2", "--task-index", "1").status()).isZero();
        CliTest.Result collected = CliTest.execute("collect", split.toString());
        assertThat(collected.status()).as(collected.err()).isZero();
        assertThat(Files.readAllBytes(split.resolve("attribution.csv"))).isEqualTo(Files.readAllBytes(one.resolve("attribution.csv")));
    }

    /** Each figure's Shapley values sum to its mean in cell 111 minus its mean in cell 000. */
    private static void efficiency(List<String> attribution, List<String> cells) {
        Map<String, Double> sum = new HashMap<>(), history = new HashMap<>(), none = new HashMap<>();
        for (String l : attribution.subList(1, attribution.size())) {
            String[] f = l.split(",");
            sum.merge(f[0], Double.parseDouble(f[2]), Double::sum);
        }
        for (String l : cells.subList(1, cells.size())) {
            String[] f = l.split(",");
            if (f[0].equals("111")) history.put(f[5], Double.parseDouble(f[6]));
            if (f[0].equals("000")) none.put(f[5], Double.parseDouble(f[6]));
        }
        assertThat(sum).hasSize(7);
        for (String figure : sum.keySet()) {
            double total = history.get(figure) - none.get(figure);
            // the files hold ten significant digits
            assertThat(sum.get(figure)).as(figure).isCloseTo(total, within(1e-8 * Math.max(1, Math.abs(history.get(figure))) * 4));
        }
    }

    @Test
    void dryRunPrintsTheRunsAndWritesNothing() throws Exception {
        Path out = tmp.resolve("dry");
        CliTest.Result r = attribute(file("three.yaml", THREE), out, "--dry-run");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("2^3 = 8 combinations x 2 replicates = 16 runs").contains("attribute: 16 runs at 700 households");
        assertThat(out).doesNotExist();
    }

    private void refused(String expected, Path factors, String... more) {
        CliTest.refused(tmp.resolve("out"), expected, args(factors, tmp.resolve("out"), more));
    }

    @Test
    void factorsFileMistakes() throws Exception {
        refused("twice.yaml:16: key 'migration.blockade_from': is set by factor blockade (line 6) and by factor again",
                file("twice.yaml", THREE.replace("  dekulakization:\n    cause: \"dekulakization\"\n"
                        + "    source: \"voluntary-collectivization.yaml\"\n    set:\n      dekulakization.start: never\n",
                        "  again:\n    cause: \"the blockade again\"\n    source: \"test\"\n    set:\n      migration.blockade_from: \"1933-02\"\n")));
        refused("typo.yaml:6: key 'migration.blockade_form': is not a parameter of historical",
                file("typo.yaml", THREE.replace("migration.blockade_from", "migration.blockade_form")));
        refused("range.yaml:11: key 'state.responsiveness': 1.5 is outside the allowed range",
                file("range.yaml", THREE.replace("collectivization.coercive: false", "state.responsiveness: 1.5")));
        refused("same.yaml:2: key 'blockade': changes nothing",
                file("same.yaml", THREE.replace("migration.blockade_from: never", "migration.blockade_from: \"1933-01\"")));
        refused("top.yaml:17: key 'incoherant': a factors file holds only factors and incoherent",
                file("top.yaml", THREE.replace("incoherent:", "incoherant:")));
        refused("pair.yaml:18: key 'incoherent': names no factor 'dekulakisation'",
                file("pair.yaml", THREE.replace("present: dekulakization", "present: dekulakisation")));
        refused("run.yaml:6: key 'run.households': a run's own settings (run.*) are the same in every combination",
                file("run.yaml", THREE.replace("migration.blockade_from: never", "run.households: 1000")));
        refused("--permutations applies above 8 factors", file("three.yaml", THREE), "--permutations", "10");
        refused("nosuch.yaml: no such file", tmp.resolve("nosuch.yaml"));
    }
}
