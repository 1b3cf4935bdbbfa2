package org.collectivization.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.collectivization.model.Centre;
import org.collectivization.model.Calendar;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.observe.Recorder;
import org.collectivization.rules.Beliefs;

/**
 * What happened in a month, in sober words, with the source article's paragraph where it describes the
 * same thing (¶N = the N-th non-empty line of the article). Read from the recorder's row (real-world
 * units) and the state's record of the month; called on the model's thread after the month's last phase.
 * Thresholds keep ordinary months quiet; every figure is the model's, rounded, never the historical one.
 */
final class MonthEvents {
    /**
     * Monthly excess deaths are reported as famine only when they exceed this many standard deviations of
     * the month's normal deaths as the run counts them (each simulated death stands for many real ones, so a
     * small run's ordinary months swing by tens of thousands): a false report about once in fifty runs.
     */
    static final double DEATHS_SDS = 3.5;
    /** Share of a region's households hungry above which its hunger is reported. */
    static final double HUNGER_REPORTED = 0.05;
    /** People leaving above which flight is reported. */
    static final double FLIGHT_REPORTED = 50_000;
    /** Tonnes exported in a month above which exports are reported. */
    static final double EXPORTS_REPORTED = 200_000;

    /** Share by which a region's harvest report must exceed what was gathered to be told as inflated. */
    static final double INFLATION_REPORTED = 0.05;

    /**
     * Each region's harvest gathered this year (tonnes), added up over July and August as the months pass, so that
     * the September reports can be set beside it; {@link #harvestMonthsSeen} counts the harvest months added, and
     * a class that starts watching after July (a restored checkpoint) is told nothing rather than a wrong share.
     */
    private final double[] gatheredT = new double[Region.ALL.length];
    private int harvestMonthsSeen;
    /** Animals slaughtered in each calendar month (1-12) of the first year, 1928/29, and [0] its average month. */
    private final double[] slaughterBaseline = new double[13];
    private int blacklistedBefore;
    private boolean blockadeBefore;

    /** A month's events; {@code leverNotes} are the class's lever changes that took effect this month. */
    List<String> describe(CollectivizationModel m, Params p, int step, double[] row, double[] previous, List<String> leverNotes) {
        List<String> out = new ArrayList<>(leverNotes);
        Centre st = m.centre;
        int moy = Calendar.monthOfYear(step);
        int year = Calendar.year(step);
        if (step == p.collectivization.cadresArrive()) {
            out.add("More than 25,000 young party members go out to the villages to set up collective farms (\u00b630).");
        }
        if (step == p.collectivization.campaignStart() && p.collectivization.enabled()) {
            out.add("The drive for wholesale collectivization begins (\u00b629).");
        }
        if (step == p.dekulakization.start() && p.collectivization.coercive()) {
            out.add("The state orders the \u201cliquidation of the kulaks as a class\u201d (\u00b629).");
        }
        double dekulakized = delta(row, previous, "dekulakized_people");
        if (dekulakized > 0) {
            double deported = delta(row, previous, "deported_people");
            out.add("Dekulakization: " + about(dekulakized) + " people expropriated as \u201ckulaks\u201d"
                    + (deported > 0 ? ", " + about(deported) + " of them deported" : "") + " (\u00b631).");
        }
        if (step == p.dekulakization.end() + 1 && p.collectivization.coercive()) {
            out.add("Mass deportations have ended (instruction of 8 May 1933).");
        }
        if (st.retreatsThisMonth > 0) {
            out.add("Unrest threatens the sowing: the centre retreats and slows the campaign; individual farmers' "
                    + "quotas rise instead. A tactical reversal, as Lenin's had been (\u00b628).");
        }
        double killed = value(row, "officials_killed");
        if (killed > 0) {
            out.add("Peasants kill " + about(killed) + " officials and activists; " + about(value(row, "disturbances"))
                    + " villages in disturbance (\u00b630).");
        }
        double slaughtered = value(row, "livestock_slaughtered");
        if (step < 12) {
            slaughterBaseline[moy] = slaughtered;
            slaughterBaseline[0] += slaughtered / 12;  // the first year's average month
        } else {
            double usual = Math.max(slaughterBaseline[moy], slaughterBaseline[0]);
            if (slaughtered > 1.5 * usual && slaughtered > 1e6) {
                String times = String.format(Locale.ROOT, "%.1f", slaughtered / usual) + " times as many as in a usual month "
                        + "of 1928/29";
                out.add(year <= 1930
                        ? "Households slaughter " + about(slaughtered) + " animals, " + times
                                + ", rather than give them up to the collective farm (\u00b630)."
                        : "Households slaughter " + about(slaughtered) + " animals, " + times + ".");
            }
        }
        if (moy == 7) {
            java.util.Arrays.fill(gatheredT, 0);
            harvestMonthsSeen = 0;
        }
        if (moy == 7 || moy == 8) {
            for (Region g : Region.ALL) {
                gatheredT[g.ordinal()] += m.total(org.collectivization.model.Tally.HARVEST_KG, g) * p.run.scale() / 1000;
            }
            harvestMonthsSeen++;
        }
        if (moy == Recorder.REPORT_MONTH && harvestMonthsSeen == 2) {
            double[] reportedT = new double[Region.ALL.length];
            for (int d = 0; d < m.districts.size; d++) {
                reportedT[m.districts.region[d]] += m.districts.reportedHarvestKg[d] * p.run.scale() / 1000;
            }
            String inflated = inflatedReports(reportedT, gatheredT);
            if (inflated != null) out.add(inflated);
        }
        if (moy == 7) {
            out.add(weather(p, year));
            out.add("The centre sets the plan for " + year + "/" + String.format(Locale.ROOT, "%02d", (year + 1) % 100) + ": "
                    + String.format(Locale.ROOT, "%.1f", value(row, "procurement_plan_t") / 1e6) + " million tonnes of grain.");
        }
        for (Region g : Region.ALL) {
            if (!st.secretaryPleaded[g.ordinal()]) continue;
            double share = Beliefs.reliefGranted(1, p.state.responsiveness(), st.reserveBelief);
            if (share < 0.05) {
                out.add("The secretary of " + inText(g) + " pleads for relief; the centre, believing grain is hidden, "
                        + "refuses (\u00b632).");
            } else {
                out.add("The secretary of " + inText(g) + " pleads for relief; the centre grants about "
                        + Math.round(100 * share) + " % of what was asked (\u00b632).");
            }
        }
        if (step == p.procurement.hardLineFrom()) {
            out.add("Hard line in Ukraine and the North Caucasus: villages behind the plan are blacklisted and fined "
                    + "in kind; seed is no longer exempt (decrees of Nov.\u2013Dec. 1932).");
        }
        int blacklisted = 0, hardLineVillages = 0;
        for (int k = 0; k < m.villages.size; k++) {
            if (p.procurement.hardLineRegion()[m.villages.region[k]]) hardLineVillages++;
            if (m.villages.blacklisted[k]) blacklisted++;
        }
        if (blacklisted > blacklistedBefore && hardLineVillages > 0) {
            out.add(Math.round(100.0 * blacklisted / hardLineVillages) + " % of the villages under the hard line are now "
                    + "blacklisted: fines in kind on food and animals.");
        }
        blacklistedBefore = blacklisted;
        if (st.blockadeActive && !blockadeBefore) {
            out.add("Blockade: armed detachments stop people leaving " + blockaded(p) + " (\u00b632).");
        } else if (!st.blockadeActive && blockadeBefore) {
            out.add("The blockade is lifted: people may leave their villages again.");
        }
        blockadeBefore = st.blockadeActive;
        double turnedBack = value(row, "turned_back");
        if (turnedBack > 0) out.add("Villages closed: " + about(turnedBack) + " people turned back (\u00b632).");
        double fled = value(row, "fled");
        if (fled > FLIGHT_REPORTED) out.add(about(fled) + " people flee their villages.");
        double recruited = value(row, "recruited");
        if (recruited > FLIGHT_REPORTED) out.add(about(recruited) + " people recruited to work in the towns (\u00b629).");
        double shot = value(row, "shot_at_granaries");
        if (shot > 0) out.add(about(shot) + " starving people shot breaking into grain stores (\u00b632).");
        double exported = value(row, "grain_exported_t");
        if (exported > EXPORTS_REPORTED) {
            out.add(String.format(Locale.ROOT, "%.1f", exported / 1e6) + " million tonnes of grain exported this month.");
        }
        List<String> hungryRegions = new ArrayList<>();
        List<Region> byHunger = new ArrayList<>(List.of(Region.ALL));
        byHunger.sort((x, y) -> Double.compare(hungryShare(m, y), hungryShare(m, x)));
        for (Region g : byHunger) {
            double share = hungryShare(m, g);
            if (share > HUNGER_REPORTED && hungryRegions.size() < 3) hungryRegions.add("in " + inText(g) + " " + Math.round(100 * share) + " %");
        }
        if (!hungryRegions.isEmpty()) {
            out.add("Hunger: " + String.join(", ", hungryRegions) + " of households have used up more than half of their "
                    + "body reserve.");
        }
        double excess = value(row, "excess_deaths");
        double normalDeathsSd = Math.sqrt(Math.max(1,
                value(row, "population") * p.demography.normalMortalityPerMonth() * p.run.scale()));
        if (excess > DEATHS_SDS * normalDeathsSd) {
            out.add("Famine: " + about(excess) + " deaths above the normal rate this month" + worstRegions(row) + " (\u00b632).");
        }
        double purges = value(row, "purges");
        if (purges > 0) out.add(about(purges) + " district officials purged for failing the plan.");
        out.replaceAll(MonthEvents::capitalized);
        return out;
    }

    /**
     * The September reports set beside the harvest truly gathered, region by region (tonnes, indexed by region):
     * "Officials in Ukraine reported a harvest 18 % above what was gathered; in the Volga, 12 % above." Regions
     * are named from the most inflated down; those within {@link #INFLATION_REPORTED} of the truth are left out,
     * and null is returned when every report was about right.
     */
    static String inflatedReports(double[] reportedT, double[] gatheredT) {
        List<Region> inflated = new ArrayList<>();
        for (Region g : Region.ALL) if (inflation(reportedT, gatheredT, g) > INFLATION_REPORTED) inflated.add(g);
        if (inflated.isEmpty()) return null;
        inflated.sort((x, y) -> Double.compare(inflation(reportedT, gatheredT, y), inflation(reportedT, gatheredT, x)));
        StringBuilder s = new StringBuilder();
        for (Region g : inflated) {
            long percent = Math.round(100 * inflation(reportedT, gatheredT, g));
            s.append(s.length() == 0 ? "Officials in " + inText(g) + " reported a harvest " + percent + " % above what was gathered"
                    : "; in " + inText(g) + ", " + percent + " % above");
        }
        double reported = 0, gathered = 0;
        for (Region g : Region.ALL) {
            reported += reportedT[g.ordinal()];
            gathered += gatheredT[g.ordinal()];
        }
        return s.append(". In all the reports came to ").append(String.format(Locale.ROOT, "%.1f", reported / 1e6))
                .append(" million tonnes; ").append(String.format(Locale.ROOT, "%.1f", gathered / 1e6))
                .append(" million were gathered.").toString();
    }

    private static double inflation(double[] reportedT, double[] gatheredT, Region g) {
        double gathered = gatheredT[g.ordinal()];
        return gathered > 0 ? reportedT[g.ordinal()] / gathered - 1 : 0;
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String weather(Params p, int year) {
        double worst = 1, best = 1;
        for (Region g : Region.ALL) {
            worst = Math.min(worst, p.regions.weather(g, year));
            best = Math.max(best, p.regions.weather(g, year));
        }
        if (worst < 0.97) {
            List<String> most = new ArrayList<>();
            for (Region g : Region.ALL) if (p.regions.weather(g, year) < worst + 0.03) most.add(inText(g));
            String cause = year == 1931 ? "A cold spring and a dry summer (\u00b632)" : "Poor weather";
            return cause + ": yields down by up to " + Math.round(100 * (1 - worst)) + " %, most in " + and(most) + ".";
        }
        if (best > 1.03) return "Good weather: yields up to " + Math.round(100 * (best - 1)) + " % above normal.";
        return "Harvest weather about normal.";
    }

    private static String blockaded(Params p) {
        List<String> names = new ArrayList<>();
        for (Region g : Region.ALL) if (p.migration.blockaded()[g.ordinal()]) names.add(inText(g));
        return names.isEmpty() ? "the blockaded regions" : and(names);
    }

    private static double hungryShare(CollectivizationModel m, Region g) {
        double present = m.total(org.collectivization.model.Tally.PRESENT_HOUSEHOLDS, g);
        return present > 0 ? m.total(org.collectivization.model.Tally.HUNGRY_HOUSEHOLDS, g) / present : 0;
    }

    /** A region's name as it reads inside a sentence ("in the North Caucasus"). */
    static String inText(Region g) {
        return switch (g) {
            case NORTH_CAUCASUS -> "the North Caucasus";
            case VOLGA -> "the Volga";
            case CENTRAL_BLACK_EARTH -> "the Central Black Earth";
            case SIBERIA_URALS -> "Siberia and the Urals";
            case REST -> "the rest of the USSR";
            default -> g.displayName;
        };
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String worstRegions(double[] row) {
        Region first = null, second = null;
        for (Region g : Region.ALL) {
            double v = value(row, "excess_deaths_" + g.id);
            if (first == null || v > value(row, "excess_deaths_" + first.id)) {
                second = first;
                first = g;
            } else if (second == null || v > value(row, "excess_deaths_" + second.id)) {
                second = g;
            }
        }
        double a = value(row, "excess_deaths_" + first.id), b = value(row, "excess_deaths_" + second.id);
        if (a <= 0) return "";
        String s = "; in " + inText(first) + " " + about(a);
        return b > 0.25 * a ? s + ", in " + inText(second) + " " + about(b) : s;
    }

    private static double value(double[] row, String column) {
        return row[Recorder.index(column)];
    }

    private static double delta(double[] row, double[] previous, String column) {
        return value(row, column) - (previous == null ? 0 : value(previous, column));
    }

    /** A count in words a class reads aloud: two significant figures, "about 12,000", "about 1.2 million". */
    static String about(double n) {
        if (n < 0.5) return "no";
        if (n < 100) return Long.toString(Math.round(n));
        double magnitude = Math.pow(10, Math.floor(Math.log10(n)) - 1);
        double r = Math.round(n / magnitude) * magnitude;
        if (r >= 1e6) return "about " + String.format(Locale.ROOT, r >= 1e7 ? "%.0f" : "%.1f", r / 1e6) + " million";
        return "about " + String.format(Locale.ROOT, "%,d", Math.round(r));
    }
}
