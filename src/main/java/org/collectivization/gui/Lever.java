package org.collectivization.gui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A policy lever of the Model tab: the scenario parameter it sets, what the class reads, and the step
 * of its slider. The range is the parameter's own (the scenario's min and max). Values are multiples of
 * the step written exactly as decimals, so a recorded value reads back as the very number the model used.
 */
record Lever(String key, String label, String explanation, double step, Kind kind) {

    enum Kind { PERCENT, MULTIPLIER, INDEX, MONTH }

    static final List<Lever> ALL = List.of(
            new Lever("procurement.share_of_estimate_cap", "Procurement cap",
                    "Share of the estimated harvest; set in July", 0.01, Kind.PERCENT),
            new Lever("state.responsiveness", "Relief for the hungry",
                    "How readily the centre grants pleas", 0.05, Kind.INDEX),
            new Lever("migration.blockade_from", "Blockade",
                    "Detachments turn back people who leave", 0, Kind.MONTH),
            new Lever("exports.share_of_surplus", "Grain exports",
                    "Share of grain above home needs sold abroad. In this model, grain kept from export feeds no one: relief does not draw on it", 0.05, Kind.PERCENT),
            new Lever("collectivization.campaign_intensity", "Collectivization pace",
                    "How hard cadres press households to join", 0.05, Kind.INDEX),
            new Lever("dekulakization.target_share", "Dekulakization target",
                    "Share of households to label \u201ckulak\u201d", 0.005, Kind.PERCENT),
            new Lever("procurement.search_zeal_multiplier", "Search zeal",
                    "How often homes are searched (1 = usual)", 0.05, Kind.MULTIPLIER));

    static Lever of(String key) {
        for (Lever l : ALL) if (l.key.equals(key)) return l;
        throw new IllegalArgumentException("no lever " + key);
    }

    /** The value of slider position {@code i} from {@code min}: min + i x step, as an exact decimal. */
    double valueAt(double min, int i) {
        return BigDecimal.valueOf(min).add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(i))).doubleValue();
    }

    int positionOf(double min, double value) {
        return (int) Math.round((value - min) / step);
    }

    String format(Object value) {
        if (!(value instanceof Double)) return "never".equals(value) ? "off" : "from " + value;
        double v = (Double) value;
        return switch (kind) {
            case PERCENT -> {
                double pct = BigDecimal.valueOf(v).multiply(BigDecimal.valueOf(100)).doubleValue();
                yield (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct)) + " %";
            }
            case MULTIPLIER -> String.format(Locale.ROOT, "\u00d7 %.2f", v);
            case INDEX -> String.format(Locale.ROOT, "%.2f", v);
            case MONTH -> String.valueOf(value);
        };
    }
}
