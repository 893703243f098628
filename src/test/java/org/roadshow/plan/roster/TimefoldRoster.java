package org.roadshow.plan.roster;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/** The Timefold planning solution of one booth's roster: its places, the team and the slots. */
@PlanningSolution
public class TimefoldRoster {
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<TimefoldMember> members;
    @ProblemFactCollectionProperty
    private List<TimefoldSlot> slots;
    @PlanningEntityCollectionProperty
    private List<TimefoldPlace> places;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public TimefoldRoster() {
    }

    TimefoldRoster(List<TimefoldMember> members, List<TimefoldSlot> slots, List<TimefoldPlace> places) {
        this.members = members;
        this.slots = slots;
        this.places = places;
    }

    public List<TimefoldMember> getMembers() {
        return members;
    }

    public List<TimefoldSlot> getSlots() {
        return slots;
    }

    public List<TimefoldPlace> getPlaces() {
        return places;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
