package org.roadshow.plan.roster;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;
import org.roadshow.plan.Commitment;
import org.roadshow.plan.Commitments;

/**
 * Auto-fill of one booth by Timefold Solver, for measuring against {@link RosterFill} (test scope only): the
 * same inputs ({@link PersonTime} decides who is busy, duty at other booths counts), a fixed random seed and a
 * fixed number of local-search steps, so that the same project should give the same roster. Demos are not
 * modelled (the generated teams have none). Unfilled places carry no reason.
 */
public final class TimefoldFill {
    /** Held so that the level stays: the solver logs every phase at INFO. */
    private static final Logger SOLVER_LOG = Logger.getLogger("ai.timefold.solver");

    static {
        SOLVER_LOG.setLevel(Level.WARNING);
    }

    private final SolverFactory<TimefoldRoster> factory;

    public TimefoldFill(long seed, int steps) {
        SolverConfig config = new SolverConfig().withSolutionClass(TimefoldRoster.class)
                .withEntityClasses(TimefoldPlace.class).withConstraintProviderClass(TimefoldRosterConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE).withRandomSeed(seed)
                .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        .withTerminationConfig(new TerminationConfig().withStepCountLimit(steps)));
        factory = SolverFactory.create(config);
    }

    public FillResult fill(Project project, Trip trip, Booth booth) {
        List<Shift> shifts = RosterFill.boothShifts(trip, booth);
        Map<UUID, List<Commitment>> own = Commitments.ownByPerson(trip);
        Map<UUID, List<Commitment>> starred = Commitments.starredByPerson(trip);
        Map<UUID, Map<LocalDate, Integer>> elsewhere = new HashMap<>();
        for (Shift s : trip.items(Shift.class)) {
            if (!booth.id().equals(s.boothId())) {
                s.people().forEach(p -> elsewhere.computeIfAbsent(p, x -> new HashMap<>())
                        .merge(RosterFill.day(s), RosterFill.minutes(s), Integer::sum));
            }
        }
        Map<UUID, TimefoldMember> members = new LinkedHashMap<>();
        Map<UUID, PersonTime> times = new HashMap<>();
        for (UUID p : trip.people()) {
            PersonTime t = PersonTime.of(p, trip, booth, own.getOrDefault(p, List.of()), starred.getOrDefault(p, List.of()));
            times.put(p, t);
            members.put(p, new TimefoldMember(p, t.maxMinutesPerDay, elsewhere.getOrDefault(p, Map.of())));
        }
        List<TimefoldSlot> slots = new ArrayList<>();
        List<TimefoldPlace> places = new ArrayList<>();
        for (Shift s : shifts) {
            Instant from = s.start().instant();
            Instant to = s.end().instant();
            Set<UUID> busy = new HashSet<>();
            times.forEach((p, t) -> {
                if (t.blocked(from, to) != null) {
                    busy.add(p);
                }
            });
            List<UUID> pins = s.people().stream().filter(p -> s.isPinned(p) && members.containsKey(p)).toList();
            int count = Math.max(booth.maxStaff(), pins.size());
            int stretch = Math.max(RosterFill.LONG_STRETCH_MINUTES, Math.max(booth.shiftMinutes(), RosterFill.minutes(s)));
            TimefoldSlot slot = new TimefoldSlot(s.id(), from.getEpochSecond(), to.getEpochSecond(), RosterFill.day(s),
                    booth.minStaff(), count, stretch, busy);
            slots.add(slot);
            for (int i = 0; i < count; i++) {
                places.add(new TimefoldPlace(places.size(), slot, i < pins.size() ? members.get(pins.get(i)) : null));
            }
        }
        TimefoldRoster solved = factory.buildSolver()
                .solve(new TimefoldRoster(new ArrayList<>(members.values()), slots, places));
        Map<UUID, List<UUID>> people = new HashMap<>();
        for (TimefoldPlace p : solved.getPlaces()) {
            if (p.getMember() != null) {
                people.computeIfAbsent(p.getSlot().shiftId, x -> new ArrayList<>()).add(p.getMember().id);
            }
        }
        List<Shift> out = new ArrayList<>();
        List<Unfilled> unfilled = new ArrayList<>();
        for (Shift s : shifts) {
            List<UUID> on = people.getOrDefault(s.id(), List.of());
            out.add(s.withPeople(on).withPinned(s.pinned().stream().filter(on::contains).toList()));
            if (on.size() < booth.minStaff()) {
                unfilled.add(new Unfilled(s.id(), booth.minStaff() - on.size(), "(not explained by this solver)"));
            }
        }
        return new FillResult(out, unfilled);
    }
}
