package org.collectivization.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;

import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.Region;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.grid.ObjectGrid2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.grid.ObjectGridPortrayal2D;
import sim.portrayal.simple.RectanglePortrayal2D;

/**
 * The map window: villages as squares in region blocks (MapLayout), coloured by the layer the class
 * picks, with the region names on the map and a legend under it. Double-clicking a village opens its
 * households in the Console's Inspectors tab.
 */
final class VillageMap {
    static final Color BACKGROUND = new Color(0xF4F4F4);
    static final Color FRAME = new Color(0x7A7A7A);
    static final Color CELL_EDGE = new Color(0x9E9E9E);

    private final ClassroomGui gui;
    final Display2D display;
    final JFrame frame;
    private final JLabel heading = new JLabel();
    private final JComboBox<Layer> chooser = new JComboBox<>(Layer.values());
    private final JPanel legend = new JPanel();
    private final ObjectGridPortrayal2D villages = new ObjectGridPortrayal2D();
    private final RegionNames names = new RegionNames();
    private volatile Layer layer = Layer.HUNGER;
    private volatile MapLayout layout;

    VillageMap(ClassroomGui gui, int widthPx, int heightPx) {
        this.gui = gui;
        this.legendTextWidth = (int) (0.72 * (widthPx - 10));
        display = new Display2D(widthPx, heightPx, gui);
        display.setBackdrop(BACKGROUND);
        display.setClipping(false);
        frame = display.createFrame();
        frame.setTitle("Map");
        heading.setFont(Fonts.HEADING);
        chooser.setFont(Fonts.BOLD);
        chooser.setMaximumRowCount(Layer.values().length);
        chooser.setPrototypeDisplayValue(Layer.GONE);
        display.display.setHorizontalScrollBarPolicy(javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        display.display.setVerticalScrollBarPolicy(javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_NEVER);
        chooser.addActionListener(e -> setLayer((Layer) chooser.getSelectedItem()));
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 4));
        top.add(heading, BorderLayout.CENTER);
        JPanel pick = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        pick.add(new JLabel("Colour:"));
        pick.add(chooser);
        top.add(pick, BorderLayout.EAST);
        frame.getContentPane().add(top, BorderLayout.NORTH);
        legend.setLayout(new BoxLayout(legend, BoxLayout.Y_AXIS));
        legend.setBorder(BorderFactory.createEmptyBorder(2, 8, 4, 8));
        frame.getContentPane().add(legend, BorderLayout.SOUTH);
        setLayer(Layer.HUNGER);
        setMonth(null);
        display.display.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                fit();
            }
        });
    }

    Layer layer() {
        return layer;
    }

    void setLayer(Layer l) {
        layer = l;
        if (chooser.getSelectedItem() != l) chooser.setSelectedItem(l);
        rebuildLegend();
        display.repaint();
    }

    void setMonth(String monthName) {
        heading.setText(monthName == null ? "Map" : monthName);
    }

    /** Lays the villages out for a new run (the model has just built them), to fill the map's window. */
    void build(CollectivizationModel m) {
        model = m;
        fit();
        display.reset();
        display.repaint();
    }

    private CollectivizationModel model;
    private volatile Rectangle2D.Double fieldBounds;

    /** The centre of a village's square in the display's coordinates (where a click inspects it). */
    java.awt.geom.Point2D.Double centreOf(int village) {
        MapLayout l = layout;
        Rectangle2D.Double b = fieldBounds;
        double cell = b.width / l.width;
        return new java.awt.geom.Point2D.Double(b.x + (l.x[village] + 0.5) * cell, b.y + (l.y[village] + 0.5) * cell);
    }

    /** Sizes the display to the visible area and lays the villages out in it (again after a resize). */
    void fit() {
        CollectivizationModel m = model;
        if (m == null) return;
        java.awt.Dimension view = display.display.getViewport().getExtentSize();
        int widthPx = Math.max(200, view.width - 2), heightPx = Math.max(150, view.height - 2);
        display.insideDisplay.width = widthPx;
        display.insideDisplay.height = heightPx;
        FontMetrics fm = frame.getFontMetrics(Fonts.MAP_LABEL);
        MapLayout l = MapLayout.of(m.villages.region, widthPx - 8, heightPx - 8,
                g -> fm.stringWidth(shortName(g)) + 4, fm.getHeight() + 2);
        layout = l;
        ObjectGrid2D grid = new ObjectGrid2D(l.width, l.height);
        for (int v = 0; v < m.villages.size; v++) grid.set(l.x[v], l.y[v], new Village(gui, v));
        villages.setField(grid);
        villages.setPortrayalForClass(Village.class, new VillagePortrayal());
        names.setField(grid);
        double w = l.width * l.cellPx, h = l.height * l.cellPx;
        Rectangle2D.Double bounds = new Rectangle2D.Double((widthPx - w) / 2, (heightPx - h) / 2, w, h);
        fieldBounds = bounds;
        display.detatchAll();
        display.attach(names, "Region names", bounds);
        display.attach(villages, "Villages", bounds);
        display.insideDisplay.revalidate();
        display.repaint();
    }

    /** Names as the map prints them (short enough for the small regions' blocks). */
    static String shortName(Region g) {
        return switch (g) {
            case NORTH_CAUCASUS -> "N. Caucasus";
            case VOLGA -> "Volga";
            case CENTRAL_BLACK_EARTH -> "C. Black Earth";
            case SIBERIA_URALS -> "Siberia and Urals";
            case REST -> "Rest of the USSR";
            default -> g.displayName;
        };
    }

    private void rebuildLegend() {
        legend.removeAll();
        JLabel what = new JLabel("<html><div style='width: " + legendTextWidth + "px'>" + layer.description
                + ". Each square is a village.</div></html>");
        what.setFont(Fonts.SMALL);
        what.setAlignmentX(0);
        legend.add(what);
        legend.add(Box.createVerticalStrut(3));
        JPanel row = new JPanel(new java.awt.GridLayout(2, 4, 4, 2));
        row.setAlignmentX(0);
        for (int c = 0; c <= layer.edges.length; c++) row.add(swatch(layer.colours[c], layer.label(c)));
        row.add(swatch(Layer.EMPTY, Layer.EMPTY_LABEL));
        legend.add(row);
        legend.revalidate();
        legend.repaint();
    }

    private int legendTextWidth = 400;

    private static JLabel swatch(Color colour, String text) {
        JLabel l = new JLabel(text);
        l.setFont(Fonts.SMALL);
        l.setIcon(new javax.swing.Icon() {
            @Override
            public void paintIcon(java.awt.Component c, java.awt.Graphics g, int x, int y) {
                g.setColor(colour);
                g.fillRect(x, y, 16, 16);
                g.setColor(FRAME);
                g.drawRect(x, y, 16, 16);
            }

            @Override
            public int getIconWidth() {
                return 17;
            }

            @Override
            public int getIconHeight() {
                return 17;
            }
        });
        l.setIconTextGap(4);
        return l;
    }

    /** A village on the map: what the grid holds and the inspector opens. */
    static final class Village {
        final ClassroomGui gui;
        final int index;

        Village(ClassroomGui gui, int index) {
            this.gui = gui;
            this.index = index;
        }

        @Override
        public String toString() {
            CollectivizationModel m = gui.model();
            Region g = Region.ALL[m.villages.region[index]];
            return "Village " + (index + 1) + " (" + g.displayName + ", district " + (m.villages.district[index] + 1) + ")";
        }
    }

    /** Fills each village's square with its layer colour; a selected village gets a black frame. */
    private final class VillagePortrayal extends RectanglePortrayal2D {
        private static final long serialVersionUID = 1L;

        VillagePortrayal() {
            super(Color.GRAY, 0.86, true);
        }

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            Village v = (Village) object;
            VillageStats s = gui.stats();
            paint = s == null ? Layer.EMPTY : layer.colour(layer.value(s, v.index));
            super.draw(object, graphics, info);
            // an outline, so the lightest colour still shows against the background on a projector
            double w = info.draw.width * scale, h = info.draw.height * scale;
            graphics.setColor(CELL_EDGE);
            graphics.setStroke(new BasicStroke(1f));
            graphics.draw(new Rectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h));
            if (info.selected) {
                graphics.setColor(Color.BLACK);
                graphics.setStroke(new BasicStroke(3f));
                graphics.draw(new Rectangle2D.Double(info.draw.x - info.draw.width / 2, info.draw.y - info.draw.height / 2,
                        info.draw.width, info.draw.height));
            }
        }

        @Override
        public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
            return new VillageInspector(gui, ((Village) wrapper.getObject()).index);
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            return wrapper.getObject().toString();
        }
    }

    /** Region names above their blocks, and a thin frame round each block. */
    private final class RegionNames extends FieldPortrayal2D {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            MapLayout l = layout;
            if (l == null) return;
            double cw = info.draw.width / l.width, ch = info.draw.height / l.height;
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(Fonts.MAP_LABEL);
            FontMetrics fm = g.getFontMetrics();
            for (MapLayout.Block b : l.blocks) {
                double x = info.draw.x + b.x() * cw, y = info.draw.y + b.y() * ch;
                g.setColor(FRAME);
                g.setStroke(new BasicStroke(1f));
                g.draw(new Rectangle2D.Double(x - 1, y - 1, b.width() * cw + 2, b.height() * ch + 2));
                g.setColor(Color.BLACK);
                g.drawString(shortName(b.region()), (float) x, (float) (y - 3 - fm.getDescent()));
            }
        }
    }
}
