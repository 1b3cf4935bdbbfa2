package org.collectivization.model;

import java.util.Arrays;
import java.util.List;

/**
 * Every parameter of a run, read once from a scenario (docs/ODD.md §5 and §7 give units, ranges and
 * sources; the scenario file carries them too). Per-region values are indexed by
 * {@link Region#ordinal()}, per-species values by {@link Species#ordinal()}, per-year schedules by
 * {@code year - Calendar.START_YEAR}.
 */
public final class Params implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public static final int YEARS = 14;

    // run (ODD §2, Scales)
    public final int households;
    public final double realHouseholds;
    public final int months;
    public final long seed;
    public final int householdsPerVillage;
    public final int villagesPerDistrict;
    public final double initialCollectivizedShare;
    public final double initialCarryoverMonths;

    // regions
    public final double[] householdShare = new double[Region.ALL.length];
    public final double[] personsPerHousehold = new double[Region.ALL.length];
    public final double[] sownHaPerHousehold = new double[Region.ALL.length];
    public final double[] winterShare = new double[Region.ALL.length];
    public final double[] yieldTPerHa = new double[Region.ALL.length];
    public final double[] gardenKgPerPersonYear = new double[Region.ALL.length];
    public final double[][] animalsPerHousehold = new double[Region.ALL.length][Species.COUNT];
    public final double[] herderShare = new double[Region.ALL.length];
    public final double[] quotaWeight = new double[Region.ALL.length];
    public final double[][] weather = new double[Region.ALL.length][YEARS];
    public final boolean[] blockaded = new boolean[Region.ALL.length];
    public final boolean[] hardLineRegion = new boolean[Region.ALL.length];

    // food (ODD 4.2)
    public final double needKgPerPersonMonth;
    public final double survivalShare;
    public final double bodyReserveMonths;
    public final double reserveRecoveryShare;
    public final double seedKgPerHa;
    public final double storageLossPerMonth;
    public final double harvestLossShare;
    public final double[] dairyKgPerHeadMonth;
    public final double[] meatKgPerHead;
    public final double meatSpoilagePerMonth;
    public final double neighbourHelpShare;

    // livestock (ODD 4.3)
    public final double[] birthsPerHeadYear;
    public final double[] mortalityPerYear;
    public final double[] fodderKgPerHeadMonth;
    public final double fodderMortalityPerMonth;
    public final double socializedMortalityFactor;
    public final double panicSlaughterMaxPerMonth;
    public final double panicThreshold;
    public final double panicPacePerMonth;
    public final double slaughterNeighbourWeight;
    public final double slaughterSeizureWeight;
    public final double horseKeepFactor;
    /** Multiplier on the panic share for cattle: a household parts with them less readily than with small animals (ODD 4.3). */
    public final double cattleKeepFactor;
    /** Head of cattle a household keeps back from panic slaughter: its milk cow (ODD 4.3). */
    public final double milkCowHeads;

    // harvest (ODD 4.1)
    public final double draughtHaPerHorse;
    public final double cattleDraughtEquivalent;
    public final double labourHaPerPerson;
    public final double manualHaPerPerson;
    public final double effortSensitivity;
    public final double normalTakeShare;
    public final double kolkhozYieldFactor;
    public final double hungerLossMax;
    /** From this month new collective farms work under the labour discipline of 1933: no kolkhoz yield loss (ODD 4.1). */
    public final int kolkhozDisciplineFrom;
    /** Grain sown area of the whole country by harvest year, as a multiple of 1928's (ODD 4.1). */
    public final double[] grainAreaIndex = new double[YEARS];
    /** Tractors in agriculture at each year's end (machine-tractor stations and state farms; ODD 4.1). */
    public final double[] tractors = new double[YEARS];
    public final double tractorKolkhozShare;
    public final double horsesPerTractor;
    /** From this month a collective farm pays the station in kind a share of its harvest (ODD 4.1, 4.4). */
    public final int mtsPaymentFrom;
    public final double mtsPaymentShare;

    // procurement (ODD 4.4-4.6)
    public final double[] centreNeedsT = new double[YEARS];
    public final double[] domesticNeedsT = new double[YEARS];
    public final double shareOfEstimateCap;
    public final boolean marketProcurement;
    public final double marketSurplusShare;
    public final double estimateOptimism;
    public final double estimateFallPerYear;
    public final double initialPlanRemainingShare;
    public final double individualQuotaFactor;
    public final double monthlyTakeBase;
    public final double monthlyTakePerZeal;
    public final double foodMinimumKgPerPersonYear;
    public final boolean leaveSeed;
    public final double zealErodesMinimum;
    public final double searchPerMonth;
    public final double searchFindShare;
    public final double searchZealMultiplier;
    public final int hardLineFrom;
    public final int hardLineUntil;
    public final double blacklistFulfilmentBelow;
    public final double blacklistFinePerMonth;
    public final double blacklistAnimalFinePerMonth;
    public final double[] livestockProcurementShare = new double[YEARS];
    /** Share of the remaining plan cut per month per unit of shortfall, times the centre's doubt (ODD 4.4). */
    public final double planRevisionPerMonth;

    // concealment (ODD 4.6)
    public final double hideBaseShare;
    public final double hideGrievanceWeight;
    public final double hidePressureWeight;
    public final double hideMaxShare;

    // exports (ODD 4.4)
    public final double exportShareOfSurplus;
    public final double exportStopAfterPleas;

    // collectivization (ODD 4.7)
    public final boolean collectivizationEnabled;
    public final boolean coerciveCollectivization;
    public final int cadresArrive;
    public final double cadreBoost;
    public final int campaignStart;
    public final double campaignIntensity;
    public final double retreatDisturbanceShare;
    public final double retreatFactor;
    public final double recoveryPerMonth;
    public final double economicPressureStep;
    public final double attachmentMean;
    public final double attachmentSd;
    public final double wealthAttachment;
    public final double joinNeighbourWeight;
    public final double quotaPenaltyWeight;
    public final double labelRiskWeight;
    public final double joinPerMonth;
    public final double leaveMargin;
    public final double leavePerMonth;
    public final double landKeptOnLeaving;
    public final double pooledCattleShare;
    public final double pooledSmallAnimalsShare;
    /** The model statute of the artel: from then a member keeps its cow and small animals (ODD 4.7). */
    public final int statuteFrom;
    /** Cows socialized again from, until (the decree of 26 March 1932; ODD 4.7). */
    public final int cowsResocializedFrom;
    public final int cowsResocializedUntil;

    // dekulakization (ODD 4.8)
    public final int dekulakizationStart;
    public final int dekulakizationEnd;
    public final double dekulakizationTargetShare;
    public final double welloffShare;
    public final double overfulfilmentPerZeal;
    public final double labelPacePerMonth;
    public final double resisterLabelBonus;
    public final double deportShare;
    public final double expropriatedFleeShare;
    public final double deporteeExcessMortalityPerYear;

    // resistance (ODD 4.9)
    public final double legitimacy;
    public final double coercionMemory;
    public final double coercionJoin;
    public final double coercionExpropriation;
    public final double coercionSeizure;
    public final double hardshipWeight;
    public final double resistanceThreshold;
    public final double riskAversionMean;
    public final double arrestK;
    public final double enforcersPerVillage;
    public final int disturbanceMinActive;
    public final double killedPerDisturbance;

    // officials (ODD 4.10)
    public final double zealMean;
    public final double zealSd;
    public final double compassionMean;
    public final double honestyMean;
    public final double traitSd;
    public final double purgeRate;
    public final double purgeFulfilmentBelow;
    public final double replacementZealShift;
    public final double rewardZeal;
    public final double reportInflationMax;
    public final double pleaHungerShare;
    public final double pleaPurgeRisk;
    public final double secretaryPleaShare;

    // state (ODD 4.11)
    public final double initialReserveBelief;
    public final double beliefRise;
    public final double beliefFall;
    public final double responsiveness;
    public final double reliefMonths;
    public final boolean reliefCutsQuota;
    /** Months between a month's unrest and the centre's acting on its report (1 = the next month; ODD 4.7). */
    public final int reportLagMonths;

    // recruitment to the towns (ODD 4.12)
    /** Growth of employment outside agriculture per year, persons (by calendar year). */
    public final double[] employmentGrowth = new double[YEARS];
    public final double recruitedVillageShare;
    public final int passportFrom;
    public final double afterPassportShare;

    // migration (ODD 4.12)
    public final double fleePerMonth;
    public final double herderFleeFactor;
    public final int blockadeFrom;
    public final double blockadeTurnBack;
    public final double breakInPerMonth;
    public final double shotShare;
    public final double diseaseGain;
    public final double migrationDiseaseGain;

    // demography (ODD 4.13)
    public final double normalMortalityPerMonth;
    public final double birthsPerMonth;
    public final double famineHazardMaxPerMonth;
    public final double famineHazardExponent;
    public final double refedHazardFactor;
    public final double birthHungerExponent;
    public final int maxMembers;

    // Kazakhstan (ODD 4.14)
    public final double[] herdPerHousehold;
    public final double sownHaPerHerder;
    public final double herderGrainDietShare;
    public final double sheepPerTonneGrain;
    public final int tradeClosedFrom;
    public final int sedentarizationFrom;
    public final double settlePerMonth;
    public final double settledWinterLoss;
    public final double herdReplacementShare;

    public Params(ParamReader r) {
        households = whole(r, "run.households");
        realHouseholds = r.number("run.real_households");
        months = whole(r, "run.months");
        seed = whole(r, "run.seed");
        householdsPerVillage = whole(r, "run.households_per_village");
        villagesPerDistrict = whole(r, "run.villages_per_district");
        initialCollectivizedShare = r.number("run.initial_collectivized_share");
        initialCarryoverMonths = r.number("run.initial_carryover_months");

        List<String> ids = r.children("regions");
        for (Region g : Region.ALL) {
            if (!ids.contains(g.id)) throw new IllegalArgumentException("scenario lacks region '" + g.id + "'");
            String p = "regions." + g.id + ".";
            int i = g.ordinal();
            householdShare[i] = r.number(p + "household_share");
            personsPerHousehold[i] = r.number(p + "persons_per_household");
            sownHaPerHousehold[i] = r.number(p + "sown_ha_per_household");
            winterShare[i] = r.number(p + "winter_share");
            yieldTPerHa[i] = r.number(p + "yield_t_per_ha");
            gardenKgPerPersonYear[i] = r.number(p + "garden_food_kg_per_person_year");
            animalsPerHousehold[i][Species.CATTLE.ordinal()] = r.number(p + "cattle_per_household");
            animalsPerHousehold[i][Species.HORSES.ordinal()] = r.number(p + "horses_per_household");
            animalsPerHousehold[i][Species.PIGS.ordinal()] = r.number(p + "pigs_per_household");
            animalsPerHousehold[i][Species.SHEEP_GOATS.ordinal()] = r.number(p + "sheep_goats_per_household");
            herderShare[i] = r.number(p + "herder_share");
            quotaWeight[i] = r.number(p + "quota_weight");
            for (int y = 0; y < YEARS; y++) weather[i][y] = r.byYear(p + "weather", Calendar.START_YEAR + y);
        }
        double shareSum = Arrays.stream(householdShare).sum();
        if (Math.abs(shareSum - 1) > 0.005) {
            throw new IllegalArgumentException("regions' household_share values sum to " + shareSum + ", not 1");
        }

        needKgPerPersonMonth = r.number("food.need_kg_per_person_year") / 12;
        survivalShare = r.number("food.survival_share");
        bodyReserveMonths = r.number("food.body_reserve_months");
        reserveRecoveryShare = r.number("food.reserve_recovery_share");
        seedKgPerHa = r.number("food.seed_kg_per_ha");
        storageLossPerMonth = r.number("food.storage_loss_per_month");
        harvestLossShare = r.number("food.harvest_loss_share");
        dairyKgPerHeadMonth = perSpecies(r, "food.dairy_kg_per_head_month");
        meatKgPerHead = perSpecies(r, "food.meat_kg_per_head");
        meatSpoilagePerMonth = r.number("food.meat_spoilage_per_month");
        neighbourHelpShare = r.number("food.neighbour_help_share");

        birthsPerHeadYear = perSpecies(r, "livestock.births_per_head_year");
        mortalityPerYear = perSpecies(r, "livestock.mortality_per_year");
        fodderKgPerHeadMonth = perSpecies(r, "livestock.fodder_kg_per_head_month");
        fodderMortalityPerMonth = r.number("livestock.fodder_mortality_per_month");
        socializedMortalityFactor = r.number("livestock.socialized_mortality_factor");
        panicSlaughterMaxPerMonth = r.number("livestock.panic_slaughter_max_per_month");
        panicThreshold = r.number("livestock.panic_threshold");
        panicPacePerMonth = r.number("livestock.panic_pace_per_month");
        slaughterNeighbourWeight = r.number("livestock.neighbour_join_weight");
        slaughterSeizureWeight = r.number("livestock.seizure_weight");
        horseKeepFactor = r.number("livestock.horse_keep_factor");
        cattleKeepFactor = r.number("livestock.cattle_keep_factor");
        milkCowHeads = r.number("livestock.milk_cow_heads");

        draughtHaPerHorse = r.number("harvest.draught_ha_per_horse");
        cattleDraughtEquivalent = r.number("harvest.cattle_draught_equivalent");
        labourHaPerPerson = r.number("harvest.labour_ha_per_person");
        manualHaPerPerson = r.number("harvest.manual_ha_per_person");
        effortSensitivity = r.number("harvest.effort_sensitivity");
        normalTakeShare = r.number("harvest.normal_take_share");
        kolkhozYieldFactor = r.number("harvest.kolkhoz_yield_factor");
        hungerLossMax = r.number("harvest.hunger_loss_max");
        kolkhozDisciplineFrom = r.month("harvest.kolkhoz_discipline_from");
        for (int y = 0; y < YEARS; y++) tractors[y] = r.byYear("harvest.tractors", Calendar.START_YEAR + y);
        double area1928 = r.byYear("harvest.grain_sown_area_ha", Calendar.START_YEAR);
        for (int y = 0; y < YEARS; y++) {
            grainAreaIndex[y] = r.byYear("harvest.grain_sown_area_ha", Calendar.START_YEAR + y) / area1928;
        }
        tractorKolkhozShare = r.number("harvest.tractor_kolkhoz_share");
        horsesPerTractor = r.number("harvest.horses_per_tractor");
        mtsPaymentFrom = r.month("harvest.mts_payment_from");
        mtsPaymentShare = r.number("harvest.mts_payment_share");

        for (int y = 0; y < YEARS; y++) {
            centreNeedsT[y] = r.byYear("procurement.centre_needs_t", Calendar.START_YEAR + y);
            domesticNeedsT[y] = r.byYear("procurement.domestic_needs_t", Calendar.START_YEAR + y);
            livestockProcurementShare[y] = r.byYear("procurement.livestock_share_per_year", Calendar.START_YEAR + y);
        }
        shareOfEstimateCap = r.number("procurement.share_of_estimate_cap");
        marketProcurement = r.flag("procurement.market");
        marketSurplusShare = r.number("procurement.market_surplus_share");
        estimateOptimism = r.number("procurement.estimate_optimism");
        estimateFallPerYear = r.number("procurement.estimate_fall_per_year");
        initialPlanRemainingShare = r.number("procurement.initial_plan_remaining_share");
        individualQuotaFactor = r.number("procurement.individual_quota_factor");
        monthlyTakeBase = r.number("procurement.monthly_take_base");
        monthlyTakePerZeal = r.number("procurement.monthly_take_per_zeal");
        foodMinimumKgPerPersonYear = r.number("procurement.food_minimum_kg_per_person_year");
        leaveSeed = r.flag("procurement.leave_seed");
        zealErodesMinimum = r.number("procurement.zeal_erodes_minimum");
        searchPerMonth = r.number("procurement.search_per_month");
        searchFindShare = r.number("procurement.search_find_share");
        searchZealMultiplier = r.number("procurement.search_zeal_multiplier");
        hardLineFrom = r.month("procurement.hard_line_from");
        hardLineUntil = r.month("procurement.hard_line_until");
        regionSet(r, "procurement.hard_line_regions", hardLineRegion);
        blacklistFulfilmentBelow = r.number("procurement.blacklist_fulfilment_below");
        blacklistFinePerMonth = r.number("procurement.blacklist_fine_per_month");
        blacklistAnimalFinePerMonth = r.number("procurement.blacklist_animal_fine_per_month");
        planRevisionPerMonth = r.number("procurement.plan_revision_per_month");

        hideBaseShare = r.number("concealment.base_share");
        hideGrievanceWeight = r.number("concealment.grievance_weight");
        hidePressureWeight = r.number("concealment.pressure_weight");
        hideMaxShare = r.number("concealment.max_share");

        exportShareOfSurplus = r.number("exports.share_of_surplus");
        exportStopAfterPleas = r.number("exports.stop_after_pleas");

        collectivizationEnabled = r.flag("collectivization.enabled");
        coerciveCollectivization = r.flag("collectivization.coercive");
        cadresArrive = r.month("collectivization.cadres_arrive");
        cadreBoost = r.number("collectivization.cadre_boost");
        campaignStart = r.month("collectivization.campaign_start");
        campaignIntensity = r.number("collectivization.campaign_intensity");
        retreatDisturbanceShare = r.number("collectivization.retreat_disturbance_share");
        retreatFactor = r.number("collectivization.retreat_factor");
        recoveryPerMonth = r.number("collectivization.recovery_per_month");
        economicPressureStep = r.number("collectivization.economic_pressure_step");
        attachmentMean = r.number("collectivization.attachment_mean");
        attachmentSd = r.number("collectivization.attachment_sd");
        wealthAttachment = r.number("collectivization.wealth_attachment");
        joinNeighbourWeight = r.number("collectivization.neighbour_weight");
        quotaPenaltyWeight = r.number("collectivization.quota_penalty_weight");
        labelRiskWeight = r.number("collectivization.label_risk_weight");
        joinPerMonth = r.number("collectivization.join_per_month");
        leaveMargin = r.number("collectivization.leave_margin");
        leavePerMonth = r.number("collectivization.leave_per_month");
        landKeptOnLeaving = r.number("collectivization.land_kept_on_leaving");
        pooledCattleShare = r.number("collectivization.pooled_cattle_share");
        pooledSmallAnimalsShare = r.number("collectivization.pooled_small_animals_share");
        statuteFrom = r.month("collectivization.statute_from");
        cowsResocializedFrom = r.month("collectivization.cows_resocialized_from");
        cowsResocializedUntil = r.month("collectivization.cows_resocialized_until");

        dekulakizationStart = r.month("dekulakization.start");
        dekulakizationEnd = r.month("dekulakization.end");
        dekulakizationTargetShare = r.number("dekulakization.target_share");
        welloffShare = r.number("dekulakization.welloff_share");
        overfulfilmentPerZeal = r.number("dekulakization.overfulfilment_per_zeal");
        labelPacePerMonth = r.number("dekulakization.pace_per_month");
        resisterLabelBonus = r.number("dekulakization.resister_bonus");
        deportShare = r.number("dekulakization.deport_share");
        expropriatedFleeShare = r.number("dekulakization.flee_share");
        deporteeExcessMortalityPerYear = r.number("dekulakization.deportee_excess_mortality_per_year");
        if (deportShare + expropriatedFleeShare > 1) {
            throw new IllegalArgumentException("dekulakization.deport_share + flee_share exceed 1");
        }

        legitimacy = r.number("resistance.legitimacy");
        coercionMemory = r.number("resistance.memory_per_month");
        coercionJoin = r.number("resistance.coercion_join");
        coercionExpropriation = r.number("resistance.coercion_expropriation");
        coercionSeizure = r.number("resistance.coercion_seizure");
        hardshipWeight = r.number("resistance.hardship_weight");
        resistanceThreshold = r.number("resistance.threshold");
        riskAversionMean = r.number("resistance.risk_aversion_mean");
        arrestK = r.number("resistance.arrest_k");
        enforcersPerVillage = r.number("resistance.enforcers_per_village");
        disturbanceMinActive = whole(r, "resistance.disturbance_min_active");
        killedPerDisturbance = r.number("resistance.killed_per_disturbance");

        zealMean = r.number("officials.zeal_mean");
        zealSd = r.number("officials.zeal_sd");
        compassionMean = r.number("officials.compassion_mean");
        honestyMean = r.number("officials.honesty_mean");
        traitSd = r.number("officials.trait_sd");
        purgeRate = r.number("officials.purge_rate");
        purgeFulfilmentBelow = r.number("officials.purge_fulfilment_below");
        replacementZealShift = r.number("officials.replacement_zeal_shift");
        rewardZeal = r.number("officials.reward_zeal");
        reportInflationMax = r.number("officials.report_inflation_max");
        pleaHungerShare = r.number("officials.plea_hunger_share");
        pleaPurgeRisk = r.number("officials.plea_purge_risk");
        secretaryPleaShare = r.number("officials.secretary_plea_share");

        initialReserveBelief = r.number("state.initial_reserve_belief");
        beliefRise = r.number("state.belief_rise");
        beliefFall = r.number("state.belief_fall");
        responsiveness = r.number("state.responsiveness");
        reliefMonths = r.number("state.relief_months");
        reliefCutsQuota = r.flag("state.relief_cuts_quota");
        reportLagMonths = whole(r, "state.report_lag_months");
        if (reportLagMonths < 1 || reportLagMonths > Centre.MAX_REPORT_LAG) {
            throw new IllegalArgumentException("state.report_lag_months must be 1 to " + Centre.MAX_REPORT_LAG
                    + ", found " + reportLagMonths);
        }

        for (int y = 0; y < YEARS; y++) {
            employmentGrowth[y] = r.byYear("recruitment.employment_growth", Calendar.START_YEAR + y);
        }
        recruitedVillageShare = r.number("recruitment.village_share");
        passportFrom = r.month("recruitment.passport_from");
        afterPassportShare = r.number("recruitment.after_passport_share");

        fleePerMonth = r.number("migration.flee_per_month");
        herderFleeFactor = r.number("migration.herder_flee_factor");
        blockadeFrom = r.month("migration.blockade_from");
        regionSet(r, "migration.blockade_regions", blockaded);
        blockadeTurnBack = r.number("migration.blockade_turn_back");
        breakInPerMonth = r.number("migration.break_in_per_month");
        shotShare = r.number("migration.shot_share");
        diseaseGain = r.number("migration.disease_gain");
        migrationDiseaseGain = r.number("migration.migration_disease_gain");

        normalMortalityPerMonth = r.number("demography.normal_mortality_per_year") / 12;
        birthsPerMonth = r.number("demography.births_per_year") / 12;
        famineHazardMaxPerMonth = r.number("demography.famine_hazard_max_per_month");
        famineHazardExponent = r.number("demography.famine_hazard_exponent");
        refedHazardFactor = r.number("demography.refed_hazard_factor");
        birthHungerExponent = r.number("demography.birth_hunger_exponent");
        maxMembers = whole(r, "demography.max_members");

        herdPerHousehold = perSpecies(r, "kazakhstan.herd_per_household");
        sownHaPerHerder = r.number("kazakhstan.sown_ha_per_herder");
        herderGrainDietShare = r.number("kazakhstan.grain_diet_share");
        sheepPerTonneGrain = r.number("kazakhstan.sheep_per_tonne_grain");
        tradeClosedFrom = r.month("kazakhstan.trade_closed_from");
        sedentarizationFrom = r.month("kazakhstan.sedentarization_from");
        settlePerMonth = r.number("kazakhstan.settle_per_month");
        settledWinterLoss = r.number("kazakhstan.settled_winter_loss");
        herdReplacementShare = r.number("kazakhstan.replacement_share");
    }

    /** A count: a number that must be whole. */
    private static int whole(ParamReader r, String key) {
        double v = r.number(key);
        if (v != Math.rint(v)) throw new IllegalArgumentException(key + " must be a whole number, found " + v);
        return (int) v;
    }

    /** A comma-separated list of region ids (empty = none) as flags by region. */
    private static void regionSet(ParamReader r, String key, boolean[] into) {
        String text = r.text(key).trim();
        if (text.isEmpty()) return;
        for (String id : text.split(",")) {
            Region g = null;
            for (Region x : Region.ALL) if (x.id.equals(id.trim())) g = x;
            if (g == null) {
                throw new IllegalArgumentException(key + ": unknown region '" + id.trim() + "' (allowed: ukraine, "
                        + "north_caucasus, volga, central_black_earth, kazakhstan, siberia_urals, rest)");
            }
            into[g.ordinal()] = true;
        }
    }

    private static double[] perSpecies(ParamReader r, String key) {
        double[] v = new double[Species.COUNT];
        java.util.List<Double> list = r.numbers(key);
        if (list.size() != Species.COUNT) {
            throw new IllegalArgumentException(key + ": give " + Species.COUNT
                    + " numbers (cattle, horses, pigs, sheep and goats, camels)");
        }
        for (int i = 0; i < v.length; i++) v[i] = list.get(i);
        return v;
    }

    /**
     * ODD 4.5: while the hard-line decrees are in force, in the regions they name, villages behind
     * the plan are blacklisted, seed is no longer exempt from requisition, and searches take grain
     * and potatoes whatever the minimum.
     */
    public boolean hardLine(int month, int region) {
        return month >= hardLineFrom && month <= hardLineUntil && hardLineRegion[region];
    }

    /** k: real households per simulated one. */
    public double scale() {
        return realHouseholds / households;
    }

    public double survivalKgPerPersonMonth() {
        return needKgPerPersonMonth * survivalShare;
    }

    public double weather(Region g, int year) {
        int y = Math.max(0, Math.min(YEARS - 1, year - Calendar.START_YEAR));
        return weather[g.ordinal()][y];
    }

    public static int yearIndex(int year) {
        return Math.max(0, Math.min(YEARS - 1, year - Calendar.START_YEAR));
    }
}
