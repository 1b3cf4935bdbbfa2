package org.collectivization.gui;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.collectivization.agents.Simulation;
import org.collectivization.experiment.Home;
import org.collectivization.experiment.LeverChange;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.RunResult;
import org.collectivization.experiment.Runner;
import org.collectivization.experiment.Scenario;
import org.collectivization.model.Calendar;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.Params;
import org.collectivization.model.Phase;
import org.collectivization.observe.Recorder;
import org.collectivization.report.RecordOverlay;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;

/**
 * The classroom GUI: a MASON Console with the village map, live charts, the month's events, and the
 * policy levers in the Model tab. It only reads the model, except for the one thing a lever does: at the
 * start of a month, before the month's first phase, it gives the model new parameters built from the
 * scenario with the class's changes ({@link Runner#applyLeverChanges}, as a headless replay does), and
 * records each change with its month. The record saved from the Model tab replays the run exactly.
 */
public final class ClassroomGui extends GUIState {
    /**
     * Simulated households in the GUI unless asked otherwise: the largest of the sizes measured (25,000,
     * 100,000, 250,000) at which a month, with the map, the charts and the band's eight runs drawn, took
     * under half a second (the median of nine runs) on a shared 2-core machine (docs/classroom.md, "Scale").
     */
    public static final int DEFAULT_HOUSEHOLDS = 250_000;

    private final Scenario scenario;
    private final Path scenarioFile;
    private final int months;
    /** The scenario of the run under way (the Console's seed), and with the changes applied so far. */
    private Scenario runBase;
    private Scenario current;
    private volatile VillageStats stats;
    private volatile Recorder recorder = new Recorder();
    private volatile String monthName = monthName(0);
    private MonthEvents monthEvents = new MonthEvents();
    private double[] previousRow;
    /** This month's lever changes in words, for the events panel (model thread only). */
    private List<String> leverNotes = new ArrayList<>();
    /** Lever moves not yet applied, in the order made (the latest value of each lever). */
    private final Map<String, Object> pending = new LinkedHashMap<>();
    /** The class's changes in this run, as applied. */
    private final List<LeverChange> made = new CopyOnWriteArrayList<>();
    /** The rows of this run so far, for the Swing thread (the recorder's list is the model thread's). */
    private final List<double[]> rows = new CopyOnWriteArrayList<>();
    /** The band's runs of this run, and the run before as the comparison needs it (null before a second run). */
    private volatile Ensemble ensemble;
    private volatile RunComparison.ClassRun before;
    /**
     * The band's runs step here, apart from the Console's thread that steps the class's model: on all
     * cores but one, so that the class's run and the windows keep one; at the lowest priority, a hint
     * that an operating system may honour.
     */
    private final ExecutorService background = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), r -> {
                Thread t = new Thread(r, "band");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });

    VillageMap map;
    LiveCharts charts;
    EventsPanel events;
    LeverPanel levers;
    CompareView compare;
    Console console;
    private final WindowLayout layout;

    ClassroomGui(Scenario scenario, Path scenarioFile, int threads, WindowLayout layout) {
        super(Simulation.model(Runner.params(scenario), threads));
        this.scenario = scenario;
        this.scenarioFile = scenarioFile;
        this.runBase = scenario;
        this.current = scenario;
        this.months = model().params().run.months();
        this.layout = layout;
    }

    public static String getName() {
        return "Collectivization and famine, 1928\u20131934";
    }

    /** The About tab: the classroom guide. */
    public static Object getInfo() {
        return ClassroomGuide.html();
    }

    /**
     * Opens the Console and its windows on a scenario, sized and placed for the screen, with the model
     * built and paused before its first month. {@code households} null: the default (see
     * {@link #householdsFor}); {@code seed} null: the scenario's.
     */
    public static ClassroomGui launch(Path scenarioFile, Integer households, Long seed, int threads) {
        Scenario s = Loader.load(scenarioFile);
        s = s.with("run.households", householdsFor(s, households), households != null ? "--households" : "the classroom GUI's default size");
        if (seed != null) s = s.with("run.seed", seed, "--seed");
        Runner.params(s);  // refuse a bad scenario before any window opens
        Fonts.install();
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        ClassroomGui gui = new ClassroomGui(s, scenarioFile, threads, new WindowLayout(screen));
        onSwingAndWait(() -> {
            Console c = Java3dWarning.withheld(() -> new Console(gui));
            gui.console = c;
            c.getTabPane().setTabLayoutPolicy(javax.swing.JTabbedPane.SCROLL_TAB_LAYOUT);
            c.setWhenShouldPause(gui.months);
            c.setPlaySleep(400);  // about half a minute a run: time to read the events
            c.setIncrementSeedOnStop(false);  // a new run starts from the same villages, for comparing
            c.setVisible(true);
            gui.layout.place(c, gui.map.frame, gui.events.frame, gui.charts.frame);
            gui.preview();
            c.getTabPane().setSelectedIndex(c.getTabPane().indexOfTab("Model"));
        });
        return gui;
    }

    /**
     * The GUI's size: {@code asked} when given; else the size a scenario sets for itself over its parent's
     * (a saved record does), so a record replays at its own size; else {@link #DEFAULT_HOUSEHOLDS}.
     */
    static int householdsFor(Scenario s, Integer asked) {
        if (asked != null) return asked;
        boolean ownSize = !Objects.equals(s.params().get("run.households").file(), s.params().get("run.real_households").file());
        return ownSize ? (int) s.number("run.households") : DEFAULT_HOUSEHOLDS;
    }

    /**
     * Simulated households in memory at once when the GUI opens {@code scenarioFile}: its class's model and
     * the band's (a new band's model is built only after the old one's is let go).
     */
    public static long householdsAtOnce(Path scenarioFile, Integer households) {
        return (long) householdsFor(Loader.load(scenarioFile), households) * (1 + Ensemble.RUNS);
    }

    CollectivizationModel model() {
        return (CollectivizationModel) state;
    }

    VillageStats stats() {
        return stats;
    }

    String monthName() {
        return monthName;
    }

    Recorder recorder() {
        return recorder;
    }

    List<LeverChange> changesMade() {
        return List.copyOf(made);
    }

    Ensemble ensemble() {
        return ensemble;
    }

    /** This run as the comparison sees it: as far as it has come. */
    RunComparison.ClassRun thisRun() {
        Params p = model().params();
        return new RunComparison.ClassRun(p.run.seed(), p.run.households(), changesMade(), List.copyOf(rows), ensemble);
    }

    /** The run so far as a headless run reports it (for writing its timeseries.csv). */
    RunResult runResult() {
        return RunResult.of(runBase, model().params(), recorder, 0);
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        map = new VillageMap(this, layout.mapDisplay.width, layout.mapDisplay.height);
        double firstYear = Calendar.year(0) + (Calendar.monthOfYear(0) - 1) / 12.0;
        double lastYear = Calendar.year(months) + (Calendar.monthOfYear(months) - 1) / 12.0;
        charts = new LiveCharts(firstYear, lastYear, RecordOverlay.shipped(problem -> {}));
        compare = new CompareView(layout.compare, firstYear, lastYear);
        events = new EventsPanel();
        for (JFrame f : List.of(map.frame, events.frame, charts.frame)) {
            c.registerFrame(f);
            f.setVisible(true);
        }
    }

    @Override
    public Inspector getInspector() {
        if (levers == null) levers = new LeverPanel(this, scenario, months);
        return levers;
    }

    /**
     * Builds the villages of October 1928 and shows them before the first run starts, so the class can
     * look at the map while making its predictions. Pressing play builds them afresh (the same villages).
     */
    void preview() {
        CollectivizationModel m = model();
        m.setParams(Runner.params(scenario));
        m.start();
        stats = VillageStats.of(m, "");
        map.build(m);
        map.setMonth(monthName);
    }

    @Override
    public void start() {
        Ensemble old = ensemble;
        if (old != null) {
            old.close();
            if (!rows.isEmpty()) before = thisRun();  // before the new run's parameters replace the old one's
        }
        long seed = state.seed();  // the Console's seed field: the run's seed, so that a record replays it
        long scenarioSeed = (long) scenario.number("run.seed");
        if (seed < 0) {
            // the scenario allows seeds 0..2^31-1; the Console takes any number: keep the scenario's
            seed = scenarioSeed;
            state.setSeed(seed);
        }
        runBase = seed == scenarioSeed ? scenario : scenario.with("run.seed", seed, "the Console's seed");
        current = runBase;
        model().setParams(Runner.params(runBase));
        // assigned before the charts are cleared, so that a late month of the old band is not drawn
        ensemble = new Ensemble(runBase, seed, months, background, old, this::bandProgress);
        made.clear();
        rows.clear();
        recorder = new Recorder();
        monthEvents = new MonthEvents();
        previousRow = null;
        super.start();
        CollectivizationModel m = model();
        // as a headless run (Runner.run) attaches its recorder: after the model's own phases
        m.schedule.scheduleRepeating(0, Phase.OBSERVE.ordinal(), recorder, 1);
        scheduleRepeatingImmediatelyBefore(new Steppable() {
            private static final long serialVersionUID = 1L;

            @Override
            public void step(SimState s) {
                beforeMonth();
            }
        });
        scheduleRepeatingImmediatelyAfter(new Steppable() {
            private static final long serialVersionUID = 1L;

            @Override
            public void step(SimState s) {
                afterMonth();
            }
        });
        stats = VillageStats.of(m, "");
        monthName = monthName(0);
        Map<String, Object> waiting;
        synchronized (pending) {
            waiting = new LinkedHashMap<>(pending);
        }
        onSwing(() -> {
            map.build(m);
            map.setMonth(monthName);
            charts.clear();
            events.clear();
            levers.show(runBase);
            waiting.forEach(levers::show);
            levers.showChanges(List.of());
            levers.setMonth(monthName(0), false);
            charts.setCaption(ensemble, 0, null);
            if (compare.frame.isVisible()) showComparison();
        });
    }

    /** Stops at the run's last month, as a headless run does. */
    @Override
    public boolean step() {
        if (state.schedule.getSteps() >= months) return false;
        return super.step();
    }

    /** At the start of a month, before its first phase: the scenario's own changes, then the class's. */
    private void beforeMonth() {
        CollectivizationModel m = model();
        int step = (int) m.schedule.getSteps();
        List<LeverChange> scripted = runBase.leverChangesAt(step);
        Scenario afterScripted = Runner.applyLeverChanges(current, scripted);
        List<LeverChange> byClass = new ArrayList<>();
        synchronized (pending) {
            for (Map.Entry<String, Object> e : pending.entrySet()) {
                if (!afterScripted.params().get(e.getKey()).value().equals(e.getValue())) {
                    byClass.add(new LeverChange(Calendar.label(step), e.getKey(), e.getValue()));
                }
            }
            pending.clear();
        }
        List<LeverChange> all = new ArrayList<>(scripted);
        all.addAll(byClass);
        ensemble.release(step, all);
        leverNotes = new ArrayList<>();
        if (all.isEmpty()) return;
        for (LeverChange c : all) {
            Lever l = Lever.of(c.key());
            leverNotes.add((byClass.contains(c) ? "Your class's change" : "The scenario's change") + ": "
                    + l.label() + ", " + l.format(current.params().get(c.key()).value()) + " \u2192 " + l.format(c.value()) + ".");
        }
        current = Runner.applyLeverChanges(current, all);
        m.setParams(Runner.params(current));
        made.addAll(byClass);
        List<LeverChange> madeNow = List.copyOf(made);
        onSwing(() -> {
            for (LeverChange c : scripted) levers.show(c.key(), c.value());
            levers.showChanges(madeNow);
        });
    }

    /** After the month's last phase: the map's figures, the charts' points and the month's events. */
    private void afterMonth() {
        CollectivizationModel m = model();
        int step = m.month;
        List<double[]> recorded = recorder.rows();
        double[] row = recorded.get(recorded.size() - 1);
        rows.add(row);
        String name = monthName(step);
        stats = VillageStats.of(m, name);
        List<String> text = monthEvents.describe(m, m.params(), step, row, previousRow, leverNotes);
        leverNotes = new ArrayList<>();
        previousRow = row;
        monthName = name;
        String next = step + 1 < months ? monthName(step + 1) : null;
        onSwing(() -> {
            charts.addMonth(step, row);
            events.addMonth(name, text);
            map.setMonth(name);
            levers.setMonth(next, true);
            showBand(ensemble);
        });
    }

    /** A run of the band finished a month (on a pool thread). */
    private void bandProgress(Ensemble e) {
        onSwing(() -> showBand(e));
    }

    /** Draws the band's months that all its runs have finished; on the Swing thread. */
    private void showBand(Ensemble e) {
        if (e != ensemble) return;
        int complete = e.completeMonths();
        while (charts.bandMonths() < complete) charts.addBandMonth(charts.bandMonths(), e.rowsOf(charts.bandMonths()));
        Throwable failed = e.failure();
        charts.setCaption(e, rows.size(), failed == null ? null : "The other runs stopped: " + failed.getMessage());
        if (compare.frame.isVisible()) showComparison();
    }

    /** "Compare with the run before" (Model tab): opens the comparison, which follows the run while open. */
    void compareWithRunBefore() {
        showComparison();
        compare.frame.setVisible(true);
        compare.frame.toFront();
    }

    private void showComparison() {
        compare.show(before, thisRun(), months);
    }

    static String monthName(int step) {
        String[] names = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        return names[Calendar.monthOfYear(step) - 1] + " " + Calendar.year(step);
    }

    @Override
    public void quit() {
        super.quit();
        background.shutdownNow();
        try {
            // a band's model being built cannot be interrupted: wait for it, so that nothing of the band goes on
            // building or freeing memory after the GUI is gone (a build takes well under a second)
            background.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (JFrame f : new JFrame[] {map == null ? null : map.frame, events == null ? null : events.frame,
            charts == null ? null : charts.frame, compare == null ? null : compare.frame}) {
            if (f != null) f.dispose();
        }
    }

    /** A lever moved in the Model tab: the model takes it at the start of the next month. */
    void leverMoved(String key, Object value) {
        synchronized (pending) {
            pending.remove(key);
            pending.put(key, value);
        }
    }

    /** Puts every lever back to the scenario's value (each a change, from the next month). */
    void backToScenario() {
        for (Lever l : Lever.ALL) {
            Object v = runBase.params().get(l.key()).value();
            levers.show(l.key(), v);
            leverMoved(l.key(), v);
        }
    }

    /** The record of this run as a scenario file's text. */
    String recordYaml(Path file) {
        Params.Run run = model().params().run;
        return ClassroomRecord.yaml(file, scenarioFile, scenario.name(), run.seed(), run.households(), changesMade(),
                LocalDateTime.now());
    }

    void saveRecord(Path file) throws IOException {
        ClassroomRecord.write(file, recordYaml(file));
    }

    void saveRecordDialog(Component parent) {
        Path folder = Home.results().resolve("classroom");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            folder = Path.of(".");
        }
        JFileChooser chooser = new JFileChooser(folder.toFile());
        chooser.setDialogTitle("Save the class's run as a scenario");
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (*.yaml)", "yaml", "yml"));
        chooser.setSelectedFile(folder.resolve(ClassroomRecord.defaultName(LocalDateTime.now()) + ".yaml").toFile());
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) return;
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().matches(".*\\.ya?ml")) file = file.resolveSibling(file.getFileName() + ".yaml");
        try {
            saveRecord(file);
            String shown = ClassroomRecord.shown(file);
            JOptionPane.showMessageDialog(parent, "<html>Saved " + shown + "<br>Replay it exactly with<br><tt>bin/collectivization run "
                    + shown + "</tt></html>", "Saved", JOptionPane.INFORMATION_MESSAGE);
        } catch (IOException e) {
            JOptionPane.showMessageDialog(parent, "Could not save " + file + ": " + e.getMessage(), "Not saved",
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) r.run();
        else SwingUtilities.invokeLater(r);
    }

    static void onSwingAndWait(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) throw (RuntimeException) c;
            if (c instanceof Error) throw (Error) c;
            throw new IllegalStateException(c);
        }
    }
}
