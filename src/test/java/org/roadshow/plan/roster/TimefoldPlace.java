package org.roadshow.plan.roster;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** One place on a shift, the Timefold planning entity: a team member or nobody; pinned people stay put. */
@PlanningEntity
public class TimefoldPlace {
    @PlanningId
    private Integer id;
    private TimefoldSlot slot;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(allowsUnassigned = true)
    private TimefoldMember member;

    public TimefoldPlace() {
    }

    TimefoldPlace(int id, TimefoldSlot slot, TimefoldMember pinnedMember) {
        this.id = id;
        this.slot = slot;
        this.pinned = pinnedMember != null;
        this.member = pinnedMember;
    }

    public Integer getId() {
        return id;
    }

    public TimefoldSlot getSlot() {
        return slot;
    }

    public boolean isPinned() {
        return pinned;
    }

    public TimefoldMember getMember() {
        return member;
    }

    public void setMember(TimefoldMember member) {
        this.member = member;
    }
}
