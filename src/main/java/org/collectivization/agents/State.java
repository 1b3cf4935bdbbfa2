package org.collectivization.agents;

import org.collectivization.model.Calendar;
import org.collectivization.model.Centre;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.DistrictTable;
import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Tally;
import org.collectivization.model.VillageTable;
import org.collectivization.rules.Beliefs;
import org.collectivization.rules.MinMax;
import org.collectivization.rules.Procurement;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The centre and its seven regional secretaries (ODD 2; submodels 4.4, 4.7, 4.11, 4.12). Each month
 * it reads last month's reports, pleas and unrest, then: updates its belief that peasants hide grain,
 * answers the secretaries' pleas, ships exports, sets the pace of the campaign (retreating when unrest
 * threatens the sowing), and in July sets the year's procurement plan and cascades the quotas.
 * Its figures are kept in {@link CollectivizationModel#centre} ({@link Centre}), in real-world units
 * (tonnes, people); this class holds only the behaviour.
 */
public final class State implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CollectivizationModel m;
    /** The centre's figures, which this phase alone writes. */
    private final Centre c;
    private final double scale;

    public State(CollectivizationModel m) {
        this.m = m;
        this.c = m.centre;
        Params p = m.params();
        this.scale = p.run.scale();
        c.reserveBelief = p.state.initialReserveBelief();
        c.individualQuotaFactor = p.procurement.individualQuotaFactor();
        for (Region g : Region.ALL) c.estimateT[g.ordinal()] = expectedNormalHarvestT(g);
        setPlan(Calendar.START_YEAR, p.procurement.initialPlanRemainingShare());
    }

    @Override
    public void step(SimState simState) {
        Params p = m.params();
        m.month = m.step();
        double procuredLastMonthT = m.total(Tally.PROCURED_KG) * scale / 1000;
        double searches = m.total(Tally.SEARCHES);
        double finding = m.total(Tally.SEARCHES_FINDING);
        c.recordDisturbances(m.total(Tally.DISTURBANCES) / MinMax.max(1, m.villages.size));
        double[] pleasByRegion = new double[Region.ALL.length];
        double[] officialsByRegion = new double[Region.ALL.length];
        for (int d = 0; d < m.districts.size; d++) {
            pleasByRegion[m.districts.region[d]] += m.tally[d][Tally.PLEAS.ordinal()];
            officialsByRegion[m.districts.region[d]]++;
        }
        m.clearFlows();
        java.util.Arrays.fill(c.reliefGrantedT, 0);

        c.procuredThisYearT += m.month == 0 ? 0 : procuredLastMonthT;
        updateBelief(p, searches, finding);
        answerPleas(p, pleasByRegion, officialsByRegion);
        shipExports(p);
        setCampaignPace(p.collectivization, c.disturbanceShareReported(p.state.reportLagMonths()));
        c.blockadeActive = m.month >= p.migration.blockadeFrom();
        if (Calendar.monthOfYear(m.month) == 3) lendSeed(p);
        revisePlan(p);
        if (Calendar.monthOfYear(m.month) == 4 || Calendar.monthOfYear(m.month) == 9) equipStations(p);  // the sowings
        setRecruitment(p, m.total(Tally.POPULATION) * scale);
        if (Calendar.monthOfYear(m.month) == 10) receiveReports();
        if (Calendar.monthOfYear(m.month) == 7) {
            startAgriculturalYear(p);
        }
    }

    /** ODD 4.11: belief in hidden reserves rises with the shortfall, falls slowly when searches find little. */
    private void updateBelief(Params p, double searches, double finding) {
        if (p.procurement.marketProcurement() || c.planT <= 0) return;
        int moy = Calendar.monthOfYear(m.month);
        if (moy == 7) return;
        double expectedShare = Procurement.expectedShareDelivered(moy);
        if (m.month < 9) expectedShare = MinMax.min(1, (m.month + 3) / 6.0);
        double shortfall = MinMax.max(0, 1 - c.procuredThisYearT / MinMax.max(1e-9, c.planT * expectedShare));
        double findRate = searches > 0 ? finding / searches : Double.NaN;
        c.reserveBelief = Beliefs.beliefAfter(c.reserveBelief, shortfall, findRate, p.state.beliefRise(),
                p.state.beliefFall());
    }

    /**
     * ODD 4.11: a regional secretary pleads when enough of the region's officials plead; the centre
     * grants plea x responsiveness x (1 - belief), as grain for the hungry and, if the policy says so,
     * as a cut in the region's remaining quota.
     */
    void answerPleas(Params p, double[] pleas, double[] officials) {
        c.secretaryPleasThisMonth = 0;
        java.util.Arrays.fill(c.secretaryPleaded, false);
        for (int d = 0; d < m.districts.size; d++) m.districts.reliefKg[d] = 0;
        for (Region g : Region.ALL) {
            int r = g.ordinal();
            if (officials[r] == 0 || pleas[r] / officials[r] < p.officials.secretaryPleaShare() || pleas[r] == 0) {
                continue;
            }
            c.secretaryPleaded[r] = true;
            c.secretaryPleasThisMonth++;
            c.pleasThisYear += 1;
            double hungryPersons = 0;
            for (int d = 0; d < m.districts.size; d++) {
                if (m.districts.region[d] == r) hungryPersons += m.districts.hungryPersons[d];
            }
            double requestedKg = hungryPersons * p.food.survivalKgPerPersonMonth() * p.state.reliefMonths();
            double grantedKg = Beliefs.reliefGranted(requestedKg, p.state.responsiveness(), c.reserveBelief);
            c.reliefGrantedT[r] = grantedKg * scale / 1000;
            for (int d = 0; d < m.districts.size; d++) {
                if (m.districts.region[d] == r && hungryPersons > 0) {
                    m.districts.reliefKg[d] = grantedKg * m.districts.hungryPersons[d] / hungryPersons;
                }
            }
            if (p.state.reliefCutsQuota() && requestedKg > 0) {
                cutQuota(r, p.state.responsiveness() * (1 - c.reserveBelief));
            }
        }
        for (int r = 0; r < pleas.length; r++) c.pleasThisYear += pleas[r] * scale;
    }

    private void cutQuota(int region, double cut) {
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        for (int k = 0; k < v.size; k++) {
            if (v.region[k] != region) continue;
            double total = 0;
            for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
                double gap = MinMax.max(0, h.quotaKg[i] - h.deliveredKg[i]);
                h.quotaKg[i] = (float) (h.deliveredKg[i] + gap * (1 - cut));
                total += h.quotaKg[i];
            }
            v.quotaKg[k] = total;
        }
        c.regionQuotaT[region] *= 1 - cut;
    }

    /**
     * ODD 4.11: before the spring sowing the centre lends seed to farms that lack it, stinting as it
     * does with food: it grants shortfall x responsiveness x (1 - belief).
     */
    private void lendSeed(Params p) {
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        double[] shortfall = new double[Region.ALL.length];
        double[] villageShort = new double[v.size];
        DistrictTable dt = m.districts;
        m.forEachDistrict(d -> {  // each village's shortfall on the thread pool; the regions' sums in village order below
            for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) {
                double spring = (1 - p.regions.winterShare()[v.region[k]]) * p.food.seedKgPerHa();
                double s = MinMax.max(0, v.memberLandHa[k] * spring - v.storeKg[k]);
                for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
                    if (h.present(i) && !h.is(i, HouseholdTable.COLLECTIVE)) s += MinMax.max(0, h.landHa[i] * spring - h.grainKg[i]);
                }
                villageShort[k] = s;
            }
        });
        for (int k = 0; k < v.size; k++) shortfall[v.region[k]] += villageShort[k];
        for (Region g : Region.ALL) {
            int r = g.ordinal();
            if (shortfall[r] <= 0) continue;
            double share = Beliefs.reliefGranted(shortfall[r], p.state.responsiveness(), c.reserveBelief)
                    / shortfall[r];
            c.reliefGrantedT[r] += share * shortfall[r] * scale / 1000;
            for (int k = 0; k < v.size; k++) {
                if (v.region[k] != r || villageShort[k] <= 0) continue;
                double spring = (1 - p.regions.winterShare()[r]) * p.food.seedKgPerHa();
                double lent = 0;
                double farm = MinMax.max(0, v.memberLandHa[k] * spring - v.storeKg[k]) * share;
                v.storeKg[k] += farm;
                lent += farm;
                for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
                    if (!h.present(i) || h.is(i, HouseholdTable.COLLECTIVE)) continue;
                    double need = MinMax.max(0, h.landHa[i] * spring - h.grainKg[i]) * share;
                    h.addGrain(i, need);
                    lent += need;
                }
                m.add(v.district[k], Tally.RELIEF_KG, lent);
            }
        }
    }

    /**
     * ODD 4.4, "Plans revised during the year": from October to June, when deliveries fall behind the
     * pace the plan expects, the centre cuts every region's remaining quota by the shortfall times the
     * revision rate, as far as it doubts that grain is hidden (¶33: quotas adjusted, or not).
     */
    void revisePlan(Params p) {
        int moy = Calendar.monthOfYear(m.month);
        if (p.procurement.marketProcurement() || c.planT <= 0 || (moy >= 7 && moy <= 9)) return;
        double expected = Procurement.expectedShareDelivered(moy);
        double cut = Procurement.planCut(c.fulfilment(), expected, p.procurement.planRevisionPerMonth(), c.reserveBelief);
        if (cut <= 0) return;
        for (Region g : Region.ALL) cutQuota(g.ordinal(), cut);
        c.planT = c.procuredThisYearT + (c.planT - c.procuredThisYearT) * (1 - cut);
    }

    /** ODD 4.1: the tractors the stations bring to the collective farms, as horse-equivalents per hectare of farm land. */
    private void equipStations(Params p) {
        double farmLandHa = 0;
        for (int k = 0; k < m.villages.size; k++) farmLandHa += m.villages.memberLandHa[k];
        double tractors = p.harvest.tractors()[Params.yearIndex(Calendar.year(m.month) - 1)];  // the park at the end of last year
        double horses = tractors * p.harvest.tractorKolkhozShare() * p.harvest.horsesPerTractor() / scale;
        c.tractorHorsesPerFarmHa = farmLandHa > 0 ? horses / farmLandHa : 0;
    }

    /**
     * ODD 4.12, recruitment: the towns' new jobs of the year, the villages' share of them, a twelfth each
     * month, as a probability per person in the villages; after the passport decree only organized
     * recruitment goes on.
     */
    private void setRecruitment(Params p, double ruralPersons) {
        double perYear = p.recruitment.employmentGrowth()[Params.yearIndex(Calendar.year(m.month))] * p.recruitment.villageShare();
        double afterDecree = m.month >= p.recruitment.passportFrom() ? p.recruitment.afterPassportShare() : 1;
        c.recruitPerPersonMonth = ruralPersons > 0 ? MinMax.max(0, perYear / 12 * afterDecree / ruralPersons) : 0;
    }

    /** ODD 4.4: exports are a share of what was procured above the towns' and army's needs. */
    private void shipExports(Params p) {
        int y = Params.yearIndex(Calendar.agriculturalYear(m.month));
        boolean stopped = c.pleasThisYear > p.exports.stopAfterPleas();
        double due = stopped ? c.exportedThisYearT
                : Procurement.exportsDueT(c.procuredThisYearT, p.procurement.domesticNeedsT()[y],
                        p.exports.shareOfSurplus());
        c.exportedThisMonthT = MinMax.max(0, due - c.exportedThisYearT);
        c.exportedThisYearT += c.exportedThisMonthT;
    }

    /**
     * ODD 4.7: the campaign presses from its start, harder once the cadres arrive; when unrest in the
     * months before the spring sowing passes a threshold the centre retreats, raises the individual
     * farmers' quotas instead (pressure by economic means), and lets the campaign recover slowly.
     */
    private void setCampaignPace(Params.Collectivization campaign, double disturbanceShare) {
        c.retreatsThisMonth = 0;
        if (!campaign.enabled()) {
            c.campaignIntensity = 0;
            return;
        }
        double target = (m.month >= campaign.campaignStart() ? campaign.campaignIntensity() : 0)
                + (m.month >= campaign.cadresArrive() ? campaign.cadreBoost() : 0);
        target = MinMax.min(1, target);
        int moy = Calendar.monthOfYear(m.month);
        boolean beforeSowing = moy >= 1 && moy <= 4;
        boolean pressing = target > 0 && c.campaignIntensity >= FULL_PRESS * target;
        if (beforeSowing && pressing && disturbanceShare > campaign.retreatDisturbanceShare()) {
            c.campaignIntensity *= campaign.retreatFactor();
            c.individualQuotaFactor += campaign.economicPressureStep();
            c.lastRetreat = m.month;
            c.retreatsThisMonth = 1;
            return;
        }
        if (c.lastRetreat >= 0) {
            c.campaignIntensity += campaign.recoveryPerMonth() * MinMax.max(0, target - c.campaignIntensity);
        } else {
            c.campaignIntensity = target;
        }
    }

    /** The centre retreats only from a campaign pressed at (nearly) full intensity. */
    static final double FULL_PRESS = 0.9;

    /** ODD 4.4: the plan for the agricultural year, and its cascade to regions, villages and households. */
    private void startAgriculturalYear(Params p) {
        c.procuredThisYearT = 0;
        c.exportedThisYearT = 0;
        c.pleasThisYear = 0;
        for (int d = 0; d < m.districts.size; d++) m.districts.pleadedThisYear[d] = false;
        setPlan(Calendar.agriculturalYear(m.month), 1.0);
    }

    private void setPlan(int agriYear, double shareStillDue) {
        Params p = m.params();
        int y = Params.yearIndex(agriYear);
        double estimateTotal = 0, weighted = 0;
        for (Region g : Region.ALL) {
            estimateTotal += c.estimateT[g.ordinal()];
            weighted += c.estimateT[g.ordinal()] * p.regions.quotaWeight()[g.ordinal()];
        }
        Params.Procurement procurement = p.procurement;
        c.planT = Procurement.planT(procurement.centreNeedsT()[y], procurement.shareOfEstimateCap(), estimateTotal,
                procurement.estimateOptimism()) * shareStillDue;
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        // each district's quota-weighted land on the thread pool, then added up in district order (the same
        // sum on any thread count): an individual farmer's hectare owes the individual factor's times a member's
        DistrictTable dt = m.districts;
        double[] districtLand = new double[dt.size];
        double factor = c.individualQuotaFactor;
        m.forEachDistrict(d -> {
            double land = 0;
            for (int i = dt.firstHousehold[d]; i < dt.firstHousehold[d] + dt.householdCount[d]; i++) {
                if (h.present(i)) land += h.landHa[i] * Procurement.quotaFactor(h.is(i, HouseholdTable.COLLECTIVE), factor);
            }
            districtLand[d] = land;
        });
        double[] landByRegion = new double[Region.ALL.length];
        for (int d = 0; d < dt.size; d++) landByRegion[dt.region[d]] += districtLand[d];
        for (Region g : Region.ALL) {
            int r = g.ordinal();
            c.regionQuotaT[r] = weighted > 0 ? c.planT * c.estimateT[r] * p.regions.quotaWeight()[r] / weighted : 0;
        }
        m.forEachDistrict(d -> {
            for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) setQuotas(p, k, landByRegion);
        });
    }

    /**
     * ODD 4.4: a village's households' quotas, by land (heavier for individual farmers), and the village's.
     * The region's land is weighted by the same factors, so the quotas of a region add up to its quota.
     */
    private void setQuotas(Params p, int k, double[] landByRegion) {
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        int r = v.region[k];
        double perHaKg = landByRegion[r] > 0 ? c.regionQuotaT[r] * 1000 / scale / landByRegion[r] : 0;
        double total = 0;
        for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
            h.deliveredKg[i] = 0;
            if (!h.present(i) || p.procurement.marketProcurement()) {
                h.quotaKg[i] = 0;
                continue;
            }
            double factor = Procurement.quotaFactor(h.is(i, HouseholdTable.COLLECTIVE), c.individualQuotaFactor);
            h.quotaKg[i] = (float) (perHaKg * h.landHa[i] * factor);
            total += h.quotaKg[i];
        }
        v.quotaKg[k] = total;
        v.deliveredKg[k] = 0;
        v.blacklisted[k] = false;
    }

    /** ODD 4.4: after the harvest reports (September) the estimate moves, but falls only slowly. */
    public void receiveReports() {
        Params p = m.params();
        double[] reported = new double[Region.ALL.length];
        DistrictTable dt = m.districts;
        for (int d = 0; d < dt.size; d++) reported[dt.region[d]] += dt.reportedHarvestKg[d] * scale / 1000;
        for (Region g : Region.ALL) {
            int r = g.ordinal();
            c.estimateT[r] = Procurement.estimateT(c.estimateT[r], reported[r], p.procurement.estimateFallPerYear());
        }
    }

    private double expectedNormalHarvestT(Region g) {
        Params p = m.params();
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        double kg = 0;
        for (int k = 0; k < v.size; k++) {
            if (v.region[k] != g.ordinal()) continue;
            for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
                kg += h.landHa[i] * p.regions.yieldTPerHa()[g.ordinal()] * 1000 * (1 - p.food.harvestLossShare());
            }
        }
        return kg * scale / 1000;
    }
}
