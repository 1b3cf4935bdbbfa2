package org.collectivization.calibration;

import org.collectivization.analysis.HistoryMatching;
import org.collectivization.targets.Band;
import org.collectivization.targets.Target;

/**
 * A target as history matching reads it. A band with both ends is read as HistoryMatching does, about
 * the target's value (the band's middle when the source gives only a band). A band with one end (an
 * article's "at least 1.5 times") has no observation sd to read: the implausibility is the miss beyond
 * its end over the stated discrepancy sd and the replicates' noise, and 0 inside it, so such a target
 * is a hard bound softened only by what the targets file and the replicates say.
 */
public record Matched(Target target, String id) {

    /** A target's column in a wave's replicates.csv. */
    static Matched of(Target t) {
        return new Matched(t, "target " + t.name().replace(',', ';'));
    }

    public double implausibility(double mean, double varianceOfMean) {
        Band b = target().band();
        double var = Double.isNaN(varianceOfMean) ? 0 : varianceOfMean;
        double sd = target().discrepancySd();
        if (Double.isFinite(b.low()) && Double.isFinite(b.high())) {
            double z = Double.isNaN(target().value()) ? (b.low() + b.high()) / 2 : target().value();
            return new HistoryMatching.Target(target().name(), z, b.low(), b.high(), sd).implausibility(mean, var);
        }
        if (b.contains(mean)) return 0;
        double miss = Double.isFinite(b.low()) && mean <= b.low() ? b.low() - mean : mean - b.high();
        double scale = Math.sqrt(sd * sd + var);
        // outside an open end by nothing at all, with no uncertainty: as implausible as can be
        return scale == 0 ? Double.POSITIVE_INFINITY : miss / scale;
    }

    /** How far a mean lies outside the band (0 inside), in the target's unit. */
    public double distance(double mean) {
        Band b = target().band();
        if (b.contains(mean)) return 0;
        return Double.isFinite(b.low()) && mean <= b.low() ? b.low() - mean : mean - b.high();
    }
}
