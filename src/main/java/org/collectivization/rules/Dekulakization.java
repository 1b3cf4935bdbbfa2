package org.collectivization.rules;

/** ODD 4.8 Dekulakization: how many households an official may label in all. */
public final class Dekulakization {
    private Dekulakization() {}

    /**
     * The whole number of households a district's official labels in all: the target (a share of the
     * district's households, raised by zeal) rounded up or down at random, by one uniform number u in
     * [0, 1) per district, so that on average the cap equals the target. Rounding down instead would label
     * too few everywhere — up to one household per district, a fifth of the target in a district of 100
     * households.
     */
    public static int labelCap(double target, double u) {
        return (int) Math.floor(target + u);
    }
}
