package org.collectivization.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.collectivization.model.Region;

/**
 * A schematic map: each village a square, each region a block of squares with its name above, the
 * regions in three bands placed roughly as on a map, west to east: the north (Rest of the USSR, Siberia
 * and the Urals), the middle (Central Black Earth, Volga), the south (Ukraine, North Caucasus,
 * Kazakhstan). Not to scale. A district's villages are consecutive, so they stay together in a block.
 * The layout picks the block height that gives the largest squares in the space available.
 */
final class MapLayout {
    static final List<List<Region>> BANDS = List.of(
            List.of(Region.REST, Region.SIBERIA_URALS),
            List.of(Region.CENTRAL_BLACK_EARTH, Region.VOLGA),
            List.of(Region.UKRAINE, Region.NORTH_CAUCASUS, Region.KAZAKHSTAN));
    /** Cells between blocks, and the pixels left between one region's name and the next. */
    static final int GAP = 1;
    static final double LABEL_PADDING_PX = 14;

    /** One region's block, in grid cells: its squares start at (x, y); its name sits in the rows above. */
    record Block(Region region, int x, int y, int width, int height, int labelRows) {}

    final int width;
    final int height;
    /** Pixels per cell at which the layout fits the space it was made for. */
    final double cellPx;
    final int[] x;
    final int[] y;
    final List<Block> blocks;

    private MapLayout(int width, int height, double cellPx, int[] x, int[] y, List<Block> blocks) {
        this.width = width;
        this.height = height;
        this.cellPx = cellPx;
        this.x = x;
        this.y = y;
        this.blocks = blocks;
    }

    /**
     * @param regionOfVillage each village's region ordinal (villages of a region are consecutive)
     * @param labelWidthPx    the width of a region's name in pixels
     * @param labelHeightPx   the height of a line of the names
     */
    static MapLayout of(byte[] regionOfVillage, double widthPx, double heightPx, ToDoubleFunction<Region> labelWidthPx,
                        double labelHeightPx) {
        int[] count = new int[Region.ALL.length];
        for (byte r : regionOfVillage) count[r]++;
        int most = 1;
        for (int c : count) most = Math.max(most, c);
        double bestCell = -1;
        int bestRows = 1;
        for (int rows = 1; rows <= most; rows++) {
            double cell = cellFor(rows, count, widthPx, heightPx, labelWidthPx, labelHeightPx);
            if (cell > bestCell) {
                bestCell = cell;
                bestRows = rows;
            }
        }
        return build(bestRows, bestCell, count, regionOfVillage, labelWidthPx, labelHeightPx);
    }

    /**
     * The largest cell size (px) at which blocks {@code rows} high fit. A block is as wide as its villages
     * need or its name, whichever is wider, so the layout's size in pixels grows with the cell size:
     * bisect.
     */
    private static double cellFor(int rows, int[] count, double widthPx, double heightPx,
                                  ToDoubleFunction<Region> labelWidthPx, double labelHeightPx) {
        double lo = 0, hi = Math.min(widthPx, heightPx);
        for (int iteration = 0; iteration < 40; iteration++) {
            double cell = (lo + hi) / 2;
            if (fits(cell, rows, count, widthPx, heightPx, labelWidthPx, labelHeightPx)) lo = cell;
            else hi = cell;
        }
        return lo;
    }

    private static boolean fits(double cell, int rows, int[] count, double widthPx, double heightPx,
                                ToDoubleFunction<Region> labelWidthPx, double labelHeightPx) {
        if (cell <= 0) return true;
        int w = 0, bands = 0;
        for (List<Region> band : BANDS) {
            int bw = bandWidth(band, rows, count, cell, labelWidthPx);
            w = Math.max(w, bw);
            if (bw > 0) bands++;
        }
        int h = bands * (labelRows(cell, labelHeightPx) + rows) + Math.max(0, bands - 1) * GAP;
        return w * cell <= widthPx && h * cell <= heightPx;
    }

    private static int labelRows(double cell, double labelHeightPx) {
        return Math.max(1, (int) Math.ceil(labelHeightPx / cell));
    }

    private static int blockWidth(Region g, int rows, int[] count, double cell, ToDoubleFunction<Region> labelWidthPx) {
        int n = count[g.ordinal()];
        if (n == 0) return 0;
        return Math.max((n + rows - 1) / rows, (int) Math.ceil((labelWidthPx.applyAsDouble(g) + LABEL_PADDING_PX) / cell) - GAP);
    }

    private static int bandWidth(List<Region> band, int rows, int[] count, double cell, ToDoubleFunction<Region> labelWidthPx) {
        int w = 0, blocks = 0;
        for (Region g : band) {
            int b = blockWidth(g, rows, count, cell, labelWidthPx);
            if (b > 0) {
                w += b;
                blocks++;
            }
        }
        return w + Math.max(0, blocks - 1) * GAP;
    }

    private static MapLayout build(int rows, double cell, int[] count, byte[] regionOfVillage,
                                   ToDoubleFunction<Region> labelWidthPx, double labelHeightPx) {
        int labelRows = labelRows(cell, labelHeightPx);
        List<Block> blocks = new ArrayList<>();
        int[] bx = new int[Region.ALL.length], by = new int[Region.ALL.length], bw = new int[Region.ALL.length];
        int width = 0, top = 0;
        for (List<Region> band : BANDS) {
            int left = 0;
            for (Region g : band) {
                int w = blockWidth(g, rows, count, cell, labelWidthPx);
                if (w == 0) continue;
                int used = (count[g.ordinal()] + w - 1) / w;
                bx[g.ordinal()] = left;
                by[g.ordinal()] = top + labelRows;
                bw[g.ordinal()] = w;
                blocks.add(new Block(g, left, top + labelRows, w, used, labelRows));
                left += w + GAP;
            }
            if (left == 0) continue;
            width = Math.max(width, left - GAP);
            top += labelRows + rows + GAP;
        }
        int height = top - GAP;
        int[] x = new int[regionOfVillage.length], y = new int[regionOfVillage.length];
        int[] seen = new int[Region.ALL.length];
        for (int v = 0; v < regionOfVillage.length; v++) {
            int r = regionOfVillage[v];
            int j = seen[r]++;
            x[v] = bx[r] + j % bw[r];
            y[v] = by[r] + j / bw[r];
        }
        return new MapLayout(Math.max(1, width), Math.max(1, height), cell, x, y, List.copyOf(blocks));
    }
}
