package org.collectivization.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Every parameter of a run, read once from a scenario: one record per group of the scenario file
 * ({@code run}, {@code regions}, {@code food}, ...), each read and checked by its own {@code read}, in the
 * order of the file (docs/ODD.md §9 gives every key's unit, range and source; the scenario file carries them
 * too). A caller reads {@code p.food.needKgPerPersonMonth()}.
 *
 * <p>Per-region values are indexed by {@link Region#ordinal()}, per-species values by
 * {@link Species#ordinal()}, per-year schedules by {@code year - Calendar.START_YEAR}
 * ({@link #yearIndex}). The arrays in these records are the records' own, handed out without a copy so that
 * the household loops read them directly: read them, never write to them.
 */
public final class Params implements Serializable {
    private static final long serialVersionUID = 2L;

    public static final int YEARS = 14;

    public final Run run;
    public final Regions regions;
    public final Food food;
    public final Livestock livestock;
    public final Harvest harvest;
    public final Procurement procurement;
    public final Concealment concealment;
    public final Exports exports;
    public final Collectivization collectivization;
    public final Dekulakization dekulakization;
    public final Resistance resistance;
    public final Officials officials;
    public final State state;
    public final Recruitment recruitment;
    public final Migration migration;
    public final Demography demography;
    public final Kazakhstan kazakhstan;

    public Params(ParamReader r) {
        run = Run.read(r);
        regions = Regions.read(r);
        food = Food.read(r);
        livestock = Livestock.read(r);
        harvest = Harvest.read(r);
        procurement = Procurement.read(r);
        concealment = Concealment.read(r);
        exports = Exports.read(r);
        collectivization = Collectivization.read(r);
        dekulakization = Dekulakization.read(r);
        resistance = Resistance.read(r);
        officials = Officials.read(r);
        state = State.read(r);
        recruitment = Recruitment.read(r);
        migration = Migration.read(r);
        demography = Demography.read(r);
        kazakhstan = Kazakhstan.read(r);
    }

    /** The index of a calendar year in the per-year schedules, the first or last year outside them. */
    public static int yearIndex(int year) {
        return Math.max(0, Math.min(YEARS - 1, year - Calendar.START_YEAR));
    }

    /** ODD §2, Scales: the run's size, length and seed, and the villages' and districts' sizes. */
    public record Run(int households, double realHouseholds, int months, long seed, int householdsPerVillage,
                      int villagesPerDistrict, double initialCollectivizedShare, double initialCarryoverMonths)
            implements Serializable {
        static Run read(ParamReader r) {
            return new Run(
                    whole(r, "run.households"),
                    r.number("run.real_households"),
                    whole(r, "run.months"),
                    whole(r, "run.seed"),
                    whole(r, "run.households_per_village"),
                    whole(r, "run.villages_per_district"),
                    r.number("run.initial_collectivized_share"),
                    r.number("run.initial_carryover_months"));
        }

        /** k: real households per simulated one. */
        public double scale() {
            return realHouseholds / households;
        }
    }

    /**
     * The regions (ODD §5, 4.1, 4.3, 4.14), each array indexed by region; {@code animalsPerHousehold} by region,
     * then species; {@code weather} by region, then year.
     */
    public record Regions(double[] householdShare, double[] personsPerHousehold, double[] sownHaPerHousehold,
                          double[] winterShare, double[] yieldTPerHa, double[] gardenKgPerPersonYear,
                          double[][] animalsPerHousehold, double[] herderShare, double[] quotaWeight,
                          double[][] weather) implements Serializable {
        static Regions read(ParamReader r) {
            int n = Region.ALL.length;
            Regions regions = new Regions(new double[n], new double[n], new double[n], new double[n], new double[n],
                    new double[n], new double[n][Species.COUNT], new double[n], new double[n], new double[n][YEARS]);
            List<String> ids = r.children("regions");
            for (Region g : Region.ALL) {
                if (!ids.contains(g.id)) throw new IllegalArgumentException("scenario lacks region '" + g.id + "'");
                String p = "regions." + g.id + ".";
                int i = g.ordinal();
                regions.householdShare[i] = r.number(p + "household_share");
                regions.personsPerHousehold[i] = r.number(p + "persons_per_household");
                regions.sownHaPerHousehold[i] = r.number(p + "sown_ha_per_household");
                regions.winterShare[i] = r.number(p + "winter_share");
                regions.yieldTPerHa[i] = r.number(p + "yield_t_per_ha");
                regions.gardenKgPerPersonYear[i] = r.number(p + "garden_food_kg_per_person_year");
                double[] animals = regions.animalsPerHousehold[i];
                animals[Species.CATTLE.ordinal()] = r.number(p + "cattle_per_household");
                animals[Species.HORSES.ordinal()] = r.number(p + "horses_per_household");
                animals[Species.PIGS.ordinal()] = r.number(p + "pigs_per_household");
                animals[Species.SHEEP_GOATS.ordinal()] = r.number(p + "sheep_goats_per_household");
                regions.herderShare[i] = r.number(p + "herder_share");
                regions.quotaWeight[i] = r.number(p + "quota_weight");
                double[] weather = regions.weather[i];
                for (int y = 0; y < YEARS; y++) weather[y] = r.byYear(p + "weather", Calendar.START_YEAR + y);
            }
            double shareSum = Arrays.stream(regions.householdShare).sum();
            if (Math.abs(shareSum - 1) > 0.005) {
                throw new IllegalArgumentException("regions' household_share values sum to " + shareSum + ", not 1");
            }
            return regions;
        }

        /** The weather of a region's harvest in a calendar year (1 = normal). */
        public double weather(Region g, int year) {
            return weather[g.ordinal()][yearIndex(year)];
        }
    }

    /** ODD 4.2: food needs, the body reserve, seed, storage and harvest losses, dairy and meat, neighbours' help. */
    public record Food(double needKgPerPersonMonth, double survivalShare, double bodyReserveMonths,
                       double reserveRecoveryShare, double seedKgPerHa, double storageLossPerMonth,
                       double hiddenLossPerMonth, double harvestLossShare, double[] dairyKgPerHeadMonth, double[] meatKgPerHead,
                       double meatSpoilagePerMonth, double neighbourHelpShare) implements Serializable {
        static Food read(ParamReader r) {
            return new Food(
                    r.number("food.need_kg_per_person_year") / 12,
                    r.number("food.survival_share"),
                    r.number("food.body_reserve_months"),
                    r.number("food.reserve_recovery_share"),
                    r.number("food.seed_kg_per_ha"),
                    r.number("food.storage_loss_per_month"),
                    r.number("food.hidden_loss_per_month"),
                    r.number("food.harvest_loss_share"),
                    perSpecies(r, "food.dairy_kg_per_head_month"),
                    perSpecies(r, "food.meat_kg_per_head"),
                    r.number("food.meat_spoilage_per_month"),
                    r.number("food.neighbour_help_share"));
        }

        public double survivalKgPerPersonMonth() {
            return needKgPerPersonMonth * survivalShare;
        }
    }

    /**
     * ODD 4.3: births, deaths and fodder by species, and the slaughter decision. {@code milkCowHeads}: head of
     * cattle a household keeps back from panic slaughter, its milk cow.
     */
    public record Livestock(double[] birthsPerHeadYear, double[] mortalityPerYear, double[] fodderKgPerHeadMonth,
                            double fodderMortalityPerMonth, double socializedMortalityFactor,
                            double panicSlaughterMaxPerMonth, double panicThreshold, double panicPacePerMonth,
                            double slaughterNeighbourWeight, double slaughterSeizureWeight, double horseKeepFactor,
                            double cattleKeepFactor, double milkCowHeads) implements Serializable {
        static Livestock read(ParamReader r) {
            return new Livestock(
                    perSpecies(r, "livestock.births_per_head_year"),
                    perSpecies(r, "livestock.mortality_per_year"),
                    perSpecies(r, "livestock.fodder_kg_per_head_month"),
                    r.number("livestock.fodder_mortality_per_month"),
                    r.number("livestock.socialized_mortality_factor"),
                    r.number("livestock.panic_slaughter_max_per_month"),
                    r.number("livestock.panic_threshold"),
                    r.number("livestock.panic_pace_per_month"),
                    r.number("livestock.neighbour_join_weight"),
                    r.number("livestock.seizure_weight"),
                    r.number("livestock.horse_keep_factor"),
                    r.number("livestock.cattle_keep_factor"),
                    r.number("livestock.milk_cow_heads"));
        }
    }

    /**
     * ODD 4.1: draught power, labour, effort, the collective farm's yield and hunger's losses; the country's
     * grain area by harvest year as a multiple of 1928's ({@code grainAreaIndex}), the tractors at each year's
     * end, the month from which new farms work under the discipline of 1933, and the stations' payment in kind.
     */
    public record Harvest(double draughtHaPerHorse, double cattleDraughtEquivalent, double labourHaPerPerson,
                          double manualHaPerPerson, double effortSensitivity, double normalTakeShare,
                          double kolkhozYieldFactor, double hungerLossMax, int kolkhozDisciplineFrom,
                          double[] grainAreaIndex, double[] tractors, double tractorKolkhozShare,
                          double horsesPerTractor, int mtsPaymentFrom, double mtsPaymentShare) implements Serializable {
        static Harvest read(ParamReader r) {
            double[] areaIndex = new double[YEARS];
            double[] tractors = new double[YEARS];
            double area1928 = r.byYear("harvest.grain_sown_area_ha", Calendar.START_YEAR);
            for (int y = 0; y < YEARS; y++) {
                areaIndex[y] = r.byYear("harvest.grain_sown_area_ha", Calendar.START_YEAR + y) / area1928;
                tractors[y] = r.byYear("harvest.tractors", Calendar.START_YEAR + y);
            }
            return new Harvest(
                    r.number("harvest.draught_ha_per_horse"),
                    r.number("harvest.cattle_draught_equivalent"),
                    r.number("harvest.labour_ha_per_person"),
                    r.number("harvest.manual_ha_per_person"),
                    r.number("harvest.effort_sensitivity"),
                    r.number("harvest.normal_take_share"),
                    r.number("harvest.kolkhoz_yield_factor"),
                    r.number("harvest.hunger_loss_max"),
                    r.month("harvest.kolkhoz_discipline_from"),
                    areaIndex,
                    tractors,
                    r.number("harvest.tractor_kolkhoz_share"),
                    r.number("harvest.horses_per_tractor"),
                    r.month("harvest.mts_payment_from"),
                    r.number("harvest.mts_payment_share"));
        }
    }

    /**
     * ODD 4.4-4.6: plans and needs by year, estimates, quotas, the monthly take, what is protected, searches,
     * the hard line and its blacklists, meat procurement by year. The per-year arrays are indexed by
     * {@link #yearIndex}, {@code hardLineRegion} by region.
     */
    public record Procurement(double[] centreNeedsT, double[] domesticNeedsT, double[] livestockProcurementShare,
                              double shareOfEstimateCap, boolean marketProcurement, double marketSurplusShare,
                              double estimateOptimism, double estimateFallPerYear, double initialPlanRemainingShare,
                              double individualQuotaFactor, double monthlyTakeBase, double monthlyTakePerZeal,
                              double foodMinimumKgPerPersonYear, boolean leaveSeed, double zealErodesMinimum,
                              double searchPerMonth, double searchFindShare, double searchZealMultiplier,
                              int hardLineFrom, int hardLineUntil, boolean[] hardLineRegion,
                              double blacklistFulfilmentBelow, double blacklistFinePerMonth,
                              double blacklistAnimalFinePerMonth, double planRevisionPerMonth) implements Serializable {
        static Procurement read(ParamReader r) {
            double[] centreNeedsT = new double[YEARS];
            double[] domesticNeedsT = new double[YEARS];
            double[] livestockShare = new double[YEARS];
            for (int y = 0; y < YEARS; y++) {
                centreNeedsT[y] = r.byYear("procurement.centre_needs_t", Calendar.START_YEAR + y);
                domesticNeedsT[y] = r.byYear("procurement.domestic_needs_t", Calendar.START_YEAR + y);
                livestockShare[y] = r.byYear("procurement.livestock_share_per_year", Calendar.START_YEAR + y);
            }
            return new Procurement(centreNeedsT, domesticNeedsT, livestockShare,
                    r.number("procurement.share_of_estimate_cap"),
                    r.flag("procurement.market"),
                    r.number("procurement.market_surplus_share"),
                    r.number("procurement.estimate_optimism"),
                    r.number("procurement.estimate_fall_per_year"),
                    r.number("procurement.initial_plan_remaining_share"),
                    r.number("procurement.individual_quota_factor"),
                    r.number("procurement.monthly_take_base"),
                    r.number("procurement.monthly_take_per_zeal"),
                    r.number("procurement.food_minimum_kg_per_person_year"),
                    r.flag("procurement.leave_seed"),
                    r.number("procurement.zeal_erodes_minimum"),
                    r.number("procurement.search_per_month"),
                    r.number("procurement.search_find_share"),
                    r.number("procurement.search_zeal_multiplier"),
                    r.month("procurement.hard_line_from"),
                    r.month("procurement.hard_line_until"),
                    regionSet(r, "procurement.hard_line_regions"),
                    r.number("procurement.blacklist_fulfilment_below"),
                    r.number("procurement.blacklist_fine_per_month"),
                    r.number("procurement.blacklist_animal_fine_per_month"),
                    r.number("procurement.plan_revision_per_month"));
        }

        /**
         * ODD 4.5: while the hard-line decrees are in force, in the regions they name, villages behind
         * the plan are blacklisted, seed is no longer exempt from requisition, and searches take grain
         * and potatoes whatever the minimum.
         */
        public boolean hardLine(int month, int region) {
            return month >= hardLineFrom && month <= hardLineUntil && hardLineRegion[region];
        }
    }

    /** ODD 4.6: the share of a harvest hidden. */
    public record Concealment(double baseShare, double grievanceWeight, double pressureWeight, double maxShare)
            implements Serializable {
        static Concealment read(ParamReader r) {
            return new Concealment(
                    r.number("concealment.base_share"),
                    r.number("concealment.grievance_weight"),
                    r.number("concealment.pressure_weight"),
                    r.number("concealment.max_share"));
        }
    }

    /** ODD 4.4: grain exports and the pleas that stop them. */
    public record Exports(double shareOfSurplus, double stopAfterPleas) implements Serializable {
        static Exports read(ParamReader r) {
            return new Exports(r.number("exports.share_of_surplus"), r.number("exports.stop_after_pleas"));
        }
    }

    /** ODD 4.7: the campaign, its retreat, and households' joining and leaving. */
    public record Collectivization(boolean enabled, boolean coercive, int cadresArrive, double cadreBoost,
                                   int campaignStart, double campaignIntensity, double retreatDisturbanceShare,
                                   double retreatFactor, double recoveryPerMonth, double economicPressureStep,
                                   double attachmentMean, double attachmentSd, double wealthAttachment,
                                   double joinNeighbourWeight, double quotaPenaltyWeight, double labelRiskWeight,
                                   double joinPerMonth, double leaveMargin, double leavePerMonth,
                                   double landKeptOnLeaving, double pooledCattleShare, double pooledSmallAnimalsShare,
                                   int statuteFrom, int cowsResocializedFrom, int cowsResocializedUntil)
            implements Serializable {
        static Collectivization read(ParamReader r) {
            return new Collectivization(
                    r.flag("collectivization.enabled"),
                    r.flag("collectivization.coercive"),
                    r.month("collectivization.cadres_arrive"),
                    r.number("collectivization.cadre_boost"),
                    r.month("collectivization.campaign_start"),
                    r.number("collectivization.campaign_intensity"),
                    r.number("collectivization.retreat_disturbance_share"),
                    r.number("collectivization.retreat_factor"),
                    r.number("collectivization.recovery_per_month"),
                    r.number("collectivization.economic_pressure_step"),
                    r.number("collectivization.attachment_mean"),
                    r.number("collectivization.attachment_sd"),
                    r.number("collectivization.wealth_attachment"),
                    r.number("collectivization.neighbour_weight"),
                    r.number("collectivization.quota_penalty_weight"),
                    r.number("collectivization.label_risk_weight"),
                    r.number("collectivization.join_per_month"),
                    r.number("collectivization.leave_margin"),
                    r.number("collectivization.leave_per_month"),
                    r.number("collectivization.land_kept_on_leaving"),
                    r.number("collectivization.pooled_cattle_share"),
                    r.number("collectivization.pooled_small_animals_share"),
                    r.month("collectivization.statute_from"),
                    r.month("collectivization.cows_resocialized_from"),
                    r.month("collectivization.cows_resocialized_until"));
        }
    }

    /** ODD 4.8: who is labelled a kulak, when, and what becomes of them. {@code start}, {@code end}: months. */
    public record Dekulakization(int start, int end, double targetShare, double welloffShare,
                                 double overfulfilmentPerZeal, double labelPacePerMonth, double resisterLabelBonus,
                                 double deportShare, double expropriatedFleeShare,
                                 double deporteeExcessMortalityPerYear) implements Serializable {
        static Dekulakization read(ParamReader r) {
            Dekulakization k = new Dekulakization(
                    r.month("dekulakization.start"),
                    r.month("dekulakization.end"),
                    r.number("dekulakization.target_share"),
                    r.number("dekulakization.welloff_share"),
                    r.number("dekulakization.overfulfilment_per_zeal"),
                    r.number("dekulakization.pace_per_month"),
                    r.number("dekulakization.resister_bonus"),
                    r.number("dekulakization.deport_share"),
                    r.number("dekulakization.flee_share"),
                    r.number("dekulakization.deportee_excess_mortality_per_year"));
            if (k.deportShare + k.expropriatedFleeShare > 1) {
                throw new IllegalArgumentException("dekulakization.deport_share + flee_share exceed 1");
            }
            return k;
        }
    }

    /** ODD 4.9: coercion felt, grievance, the decision to resist, arrests and disturbances. */
    public record Resistance(double legitimacy, double coercionMemory, double coercionJoin,
                             double coercionExpropriation, double coercionSeizure, double hardshipWeight,
                             double threshold, double riskAversionMean, double arrestK, double enforcersPerVillage,
                             int disturbanceMinActive, double killedPerDisturbance) implements Serializable {
        static Resistance read(ParamReader r) {
            return new Resistance(
                    r.number("resistance.legitimacy"),
                    r.number("resistance.memory_per_month"),
                    r.number("resistance.coercion_join"),
                    r.number("resistance.coercion_expropriation"),
                    r.number("resistance.coercion_seizure"),
                    r.number("resistance.hardship_weight"),
                    r.number("resistance.threshold"),
                    r.number("resistance.risk_aversion_mean"),
                    r.number("resistance.arrest_k"),
                    r.number("resistance.enforcers_per_village"),
                    whole(r, "resistance.disturbance_min_active"),
                    r.number("resistance.killed_per_disturbance"));
        }
    }

    /** ODD 4.10: officials' traits, purges and rewards, reports and pleas. */
    public record Officials(double zealMean, double zealSd, double compassionMean, double honestyMean,
                            double traitSd, double purgeRate, double purgeFulfilmentBelow,
                            double replacementZealShift, double rewardZeal, double reportInflationMax,
                            double pleaHungerShare, double pleaPurgeRisk, double secretaryPleaShare)
            implements Serializable {
        static Officials read(ParamReader r) {
            return new Officials(
                    r.number("officials.zeal_mean"),
                    r.number("officials.zeal_sd"),
                    r.number("officials.compassion_mean"),
                    r.number("officials.honesty_mean"),
                    r.number("officials.trait_sd"),
                    r.number("officials.purge_rate"),
                    r.number("officials.purge_fulfilment_below"),
                    r.number("officials.replacement_zeal_shift"),
                    r.number("officials.reward_zeal"),
                    r.number("officials.report_inflation_max"),
                    r.number("officials.plea_hunger_share"),
                    r.number("officials.plea_purge_risk"),
                    r.number("officials.secretary_plea_share"));
        }
    }

    /** ODD 4.11: the centre's belief in hidden grain, and relief. */
    public record State(double initialReserveBelief, double beliefRise, double beliefFall, double responsiveness,
                        double reliefMonths, boolean reliefCutsQuota, int reportLagMonths) implements Serializable {
        static State read(ParamReader r) {
            int lag = whole(r, "state.report_lag_months");
            if (lag < 1 || lag > Centre.MAX_REPORT_LAG) {
                throw new IllegalArgumentException("state.report_lag_months must be 1 to " + Centre.MAX_REPORT_LAG
                        + ", found " + lag);
            }
            return new State(
                    r.number("state.initial_reserve_belief"),
                    r.number("state.belief_rise"),
                    r.number("state.belief_fall"),
                    r.number("state.responsiveness"),
                    r.number("state.relief_months"),
                    r.flag("state.relief_cuts_quota"),
                    lag);
        }
    }

    /**
     * ODD 4.12, recruitment: the growth of employment outside agriculture by calendar year (persons), the share
     * of it filled from the villages, and the passport decree after which only organized recruitment goes on.
     */
    public record Recruitment(double[] employmentGrowth, double villageShare, int passportFrom,
                              double afterPassportShare) implements Serializable {
        static Recruitment read(ParamReader r) {
            double[] growth = new double[YEARS];
            for (int y = 0; y < YEARS; y++) growth[y] = r.byYear("recruitment.employment_growth", Calendar.START_YEAR + y);
            return new Recruitment(growth,
                    r.number("recruitment.village_share"),
                    r.month("recruitment.passport_from"),
                    r.number("recruitment.after_passport_share"));
        }
    }

    /** ODD 4.12: flight, the blockade ({@code blockaded} by region), break-ins and disease. */
    public record Migration(double fleePerMonth, double herderFleeFactor, int blockadeFrom, boolean[] blockaded,
                            double blockadeTurnBack, double breakInPerMonth, double shotShare, double diseaseGain,
                            double migrationDiseaseGain) implements Serializable {
        static Migration read(ParamReader r) {
            return new Migration(
                    r.number("migration.flee_per_month"),
                    r.number("migration.herder_flee_factor"),
                    r.month("migration.blockade_from"),
                    regionSet(r, "migration.blockade_regions"),
                    r.number("migration.blockade_turn_back"),
                    r.number("migration.break_in_per_month"),
                    r.number("migration.shot_share"),
                    r.number("migration.disease_gain"),
                    r.number("migration.migration_disease_gain"));
        }
    }

    /** ODD 4.13: births and deaths, normal and in famine; the largest household. */
    public record Demography(double normalMortalityPerMonth, double birthsPerMonth, double famineHazardMaxPerMonth,
                             double famineHazardExponent, double refedHazardFactor, double birthHungerExponent,
                             int maxMembers) implements Serializable {
        static Demography read(ParamReader r) {
            return new Demography(
                    r.number("demography.normal_mortality_per_year") / 12,
                    r.number("demography.births_per_year") / 12,
                    r.number("demography.famine_hazard_max_per_month"),
                    r.number("demography.famine_hazard_exponent"),
                    r.number("demography.refed_hazard_factor"),
                    r.number("demography.birth_hunger_exponent"),
                    whole(r, "demography.max_members"));
        }
    }

    /** ODD 4.14: the Kazakh herders, their trade, and sedentarization. */
    public record Kazakhstan(double[] herdPerHousehold, double sownHaPerHerder, double herderGrainDietShare,
                             double sheepPerTonneGrain, int tradeClosedFrom, int sedentarizationFrom,
                             double settlePerMonth, double settledWinterLoss, double herdReplacementShare)
            implements Serializable {
        static Kazakhstan read(ParamReader r) {
            return new Kazakhstan(
                    perSpecies(r, "kazakhstan.herd_per_household"),
                    r.number("kazakhstan.sown_ha_per_herder"),
                    r.number("kazakhstan.grain_diet_share"),
                    r.number("kazakhstan.sheep_per_tonne_grain"),
                    r.month("kazakhstan.trade_closed_from"),
                    r.month("kazakhstan.sedentarization_from"),
                    r.number("kazakhstan.settle_per_month"),
                    r.number("kazakhstan.settled_winter_loss"),
                    r.number("kazakhstan.replacement_share"));
        }
    }

    /** A count: a number that must be whole. */
    private static int whole(ParamReader r, String key) {
        double v = r.number(key);
        if (v != Math.rint(v)) throw new IllegalArgumentException(key + " must be a whole number, found " + v);
        return (int) v;
    }

    /** A comma-separated list of region ids (empty = none) as flags by region. */
    private static boolean[] regionSet(ParamReader r, String key) {
        boolean[] in = new boolean[Region.ALL.length];
        String text = r.text(key).trim();
        if (text.isEmpty()) return in;
        for (String id : text.split(",")) {
            Region g = null;
            for (Region x : Region.ALL) if (x.id.equals(id.trim())) g = x;
            if (g == null) {
                throw new IllegalArgumentException(key + ": unknown region '" + id.trim() + "' (allowed: ukraine, "
                        + "north_caucasus, volga, central_black_earth, kazakhstan, siberia_urals, rest)");
            }
            in[g.ordinal()] = true;
        }
        return in;
    }

    private static double[] perSpecies(ParamReader r, String key) {
        double[] v = new double[Species.COUNT];
        List<Double> list = r.numbers(key);
        if (list.size() != Species.COUNT) {
            throw new IllegalArgumentException(key + ": give " + Species.COUNT
                    + " numbers (cattle, horses, pigs, sheep and goats, camels)");
        }
        for (int i = 0; i < v.length; i++) v[i] = list.get(i);
        return v;
    }
}
