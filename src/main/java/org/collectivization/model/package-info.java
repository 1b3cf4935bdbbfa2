/**
 * The simulation's state and schedule: {@link org.collectivization.model.CollectivizationModel}
 * (a MASON {@code SimState}), the parameters, the tables of households, villages and districts, and
 * the centre's figures ({@link org.collectivization.model.Centre}).
 *
 * <p>This package holds what the model is, not how its actors behave: it imports neither
 * {@code agents} nor any GUI, chart or file code. The actors are handed to the model when it is made,
 * as an {@link org.collectivization.model.Actors} that schedules them when the model starts; every
 * caller makes the model with {@code agents.Simulation.model(params, threads)}. The centre's figures
 * live here, not in the centre's behaviour ({@code agents.State}), so that the recorder and the GUI
 * read them without depending on the actors.
 *
 * <p>One step is one month, from October 1928. Each month runs these phases in order
 * ({@link org.collectivization.model.Phase}); the phases marked "by district" step every district's
 * rows on the thread pool, each district with its own random stream. They run as one pass a month
 * ({@code agents.Districts}, the DISTRICTS phase): each district goes through
 * SEASON, OFFICIALS, HOUSEHOLDS and DEMOGRAPHY in turn. No district reads another's rows within a
 * month, so this is the same as running each phase over all districts in turn:
 *
 * <pre>
 *  STATE       the centre: read last month's figures; belief in hidden grain; pleas and relief;
 *              seed loans (March); exports; campaign pace and retreat; blockade;
 *              harvest reports (October); plan and quotas (July)                      ODD 4.4 4.7 4.11 4.12
 *  SEASON      by district: storage losses; take share remembered (June); harvest (July, August)
 *              and concealment; gardens and winter sowing (September); spring sowing (April);
 *              breeding (May); autumn slaughter (October); herders' trade          ODD 4.1 4.3 4.6 4.14
 *  OFFICIALS   by district: replacement; reviews (January, June); requisition and searches;
 *              market purchases (nep); hard-line blacklists; meat procurement;
 *              dekulakization; settling nomads; harvest report (September); pleas  ODD 4.5 4.6 4.8 4.10 4.14
 *  HOUSEHOLDS  by district, village by village: relief; collective farm's grain; eat; neighbours'
 *              help; body reserve; feed animals; slaughter; resist; flee or break in;
 *              join or leave                                                        ODD 4.2 4.3 4.7 4.9 4.12
 *  DEMOGRAPHY  by district: births, deaths, deportees; end-of-month stocks         ODD 4.13
 *  OBSERVE     (attached by whoever runs the model) record the month               observe.Recorder
 * </pre>
 */
package org.collectivization.model;
