package org.collectivization.report;

import java.awt.Color;

/**
 * The Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008), whose eight colours stay
 * distinct for readers with the common forms of colour blindness.
 */
public final class Palette {
    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    /** Grid lines and reference lines that must not compete with the data. */
    static final Color GRID = new Color(0xD0D0D0);
    static final Color TEXT = new Color(0x202020);
    static final Color NOTE = new Color(0x404040);

    private Palette() {
    }
}
