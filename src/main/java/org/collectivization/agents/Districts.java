package org.collectivization.agents;

import org.collectivization.model.CollectivizationModel;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The month's district phases — {@link Season}, {@link Officials}, {@link Households},
 * {@link Demography} — stepped district by district: each district goes through the four phases in
 * turn, and the districts are spread over the thread pool in one pass a month. Within a month no
 * district reads another's rows, and the phases read only what the state set before them, so this
 * computes exactly what stepping each phase over all districts in turn computes; it keeps a district's
 * rows in the cache through its month and synchronises the threads once a month instead of four times.
 */
public final class Districts implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Demography demography = new Demography();
    /** The month's working columns (not model state: rebuilt after a checkpoint is read). */
    private transient WorkColumns work;

    @Override
    public void step(SimState s) {
        CollectivizationModel m = (CollectivizationModel) s;
        if (work == null || work.persons.length != m.households.size) {
            WorkColumns fresh = new WorkColumns(m.households.size);
            m.forEachDistrict(d -> fresh.prepare(m.households, m.districts.firstHousehold[d],
                    m.districts.firstHousehold[d] + m.districts.householdCount[d]));
            work = fresh;
        }
        WorkColumns w = work;
        m.forEachDistrict(d -> {
            Season.stepDistrict(m, d, w);
            Officials.stepOfficial(m, d, w);
            Households.stepDistrict(m, d, w);
            demography.stepDistrict(m, d, w);
        });
        demography.afterDistricts(m);
    }
}
