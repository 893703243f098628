package org.roadshow.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.roadshow.model.Programme;
import org.roadshow.model.Session;

/**
 * Merges an updated programme into the one a trip holds. Sessions are matched by guid, else the file's
 * id, else slug, else title and start; a key decides only where both sides have it, so two sessions with
 * different guids never match on a later key. A matched session keeps its Roadshow id (so stars, links
 * from team talks and exported calendar UIDs stay) and its stars. A starred or linked session that the
 * update no longer lists is kept, marked cancelled: no star or link is ever lost, and the person sees
 * that it was cancelled instead of it quietly vanishing from their plan. Pure: no I/O.
 */
public final class ProgrammeMerge {
    public record Result(Programme programme, MergeReport report) {
    }

    private static final List<Function<Session, String>> KEYS = List.of(
            Session::guid,
            Session::sourceId,
            Session::slug,
            s -> s.title().isBlank() ? "" : s.title().strip().toLowerCase(Locale.ROOT) + "@" + s.start().instant());

    private ProgrammeMerge() {
    }

    /**
     * @param old    the programme being updated, or null for a first import
     * @param fresh  the imported programme (fresh session ids, no stars); its name, source, zone and
     *               import time are taken, its id only when there is no old programme
     * @param linked ids of sessions that a team talk links to
     */
    public static Result merge(Programme old, Programme fresh, Set<UUID> linked) {
        if (old == null) {
            return new Result(fresh, new MergeReport(true, List.of(), fresh.sessions().size(), 0, 0, 0));
        }
        Map<Session, Session> match = match(old.sessions(), fresh.sessions());
        Map<Session, Session> matchedOld = new IdentityHashMap<>();
        match.forEach((n, o) -> matchedOld.put(o, n));

        List<Session> sessions = new ArrayList<>(fresh.sessions().size());
        List<SessionChange> changes = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Session n : fresh.sessions()) {
            Session o = match.get(n);
            if (o == null) {
                sessions.add(n);
                added++;
                continue;
            }
            Session kept = n.withIdentity(o.id(), o.starredBy());
            sessions.add(kept);
            if (sameContent(o, kept) && !o.cancelled()) {
                unchanged++;
            } else {
                updated++;
            }
            Set<SessionChange.Kind> kinds = differences(o, kept);
            if (!kinds.isEmpty() && cares(o, linked)) {
                changes.add(new SessionChange(o, kept, kinds, !o.starredBy().isEmpty(), linked.contains(o.id())));
            }
        }
        int removed = 0;
        for (Session o : old.sessions()) {
            if (matchedOld.containsKey(o)) {
                continue;
            }
            removed++;
            if (cares(o, linked)) {
                Session kept = o.withCancelled(true);
                sessions.add(kept);
                if (!o.cancelled()) {
                    changes.add(new SessionChange(o, kept, EnumSet.of(SessionChange.Kind.CANCELLED),
                            !o.starredBy().isEmpty(), linked.contains(o.id())));
                }
            }
        }
        Programme merged = fresh.withId(old.id())
                .withConferenceId(old.conferenceId() != null ? old.conferenceId() : fresh.conferenceId())
                .withSessions(sessions);
        return new Result(merged, new MergeReport(false, changes, added, removed, updated, unchanged));
    }

    private static boolean cares(Session s, Set<UUID> linked) {
        return !s.starredBy().isEmpty() || linked.contains(s.id());
    }

    private static Set<SessionChange.Kind> differences(Session o, Session n) {
        Set<SessionChange.Kind> kinds = EnumSet.noneOf(SessionChange.Kind.class);
        if (o.cancelled()) {
            kinds.add(SessionChange.Kind.REINSTATED);
        }
        if (!o.start().instant().equals(n.start().instant()) || !o.end().instant().equals(n.end().instant())) {
            kinds.add(SessionChange.Kind.MOVED);
        }
        if (!o.room().equals(n.room())) {
            kinds.add(SessionChange.Kind.ROOM_CHANGED);
        }
        if (!o.title().equals(n.title())) {
            kinds.add(SessionChange.Kind.RENAMED);
        }
        return kinds;
    }

    private static boolean sameContent(Session a, Session b) {
        return a.guid().equals(b.guid()) && a.sourceId().equals(b.sourceId()) && a.slug().equals(b.slug())
                && a.title().equals(b.title()) && a.subtitle().equals(b.subtitle()) && a.track().equals(b.track())
                && a.type().equals(b.type()) && a.room().equals(b.room()) && a.start().equals(b.start())
                && a.end().equals(b.end()) && a.speakers().equals(b.speakers())
                && a.abstractText().equals(b.abstractText()) && a.links().equals(b.links());
    }

    /** New session → the old session it continues, level by level. */
    static Map<Session, Session> match(List<Session> oldSessions, List<Session> newSessions) {
        Map<Session, Session> result = new IdentityHashMap<>();
        Set<Session> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int level = 0; level < KEYS.size(); level++) {
            Function<Session, String> key = KEYS.get(level);
            Map<String, List<Session>> byKey = new HashMap<>();
            for (Session o : oldSessions) {
                String k = key.apply(o);
                if (!k.isEmpty() && !taken.contains(o)) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
                }
            }
            for (Session n : newSessions) {
                String k = key.apply(n);
                if (k.isEmpty() || result.containsKey(n)) {
                    continue;
                }
                for (Session o : byKey.getOrDefault(k, List.of())) {
                    if (!taken.contains(o) && compatible(o, n, level)) {
                        result.put(n, o);
                        taken.add(o);
                        break;
                    }
                }
            }
        }
        return result;
    }

    /** No stronger key contradicts the match: where both sides have it, it is equal. */
    private static boolean compatible(Session o, Session n, int level) {
        for (int stronger = 0; stronger < level; stronger++) {
            String a = KEYS.get(stronger).apply(o);
            String b = KEYS.get(stronger).apply(n);
            if (!a.isEmpty() && !b.isEmpty() && !Objects.equals(a, b)) {
                return false;
            }
        }
        return true;
    }
}
