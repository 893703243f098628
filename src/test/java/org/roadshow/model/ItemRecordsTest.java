package org.roadshow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.roadshow.io.ical.SampleWithProgramme;

/**
 * The records' withers and kinds, checked for every field, so that a new field without its {@code withX}
 * or a wither that sets the wrong field fails here: the compiler cannot see either.
 */
class ItemRecordsTest {
    private static final Project SAMPLE = SampleWithProgramme.build();
    private static final Programme PROGRAMME = SAMPLE.trips().get(0).programmes().get(0);
    private static final Session SESSION = PROGRAMME.sessions().get(0);
    private static final Trip TRIP = SAMPLE.trips().get(0);
    private static final ChecklistTemplate TEMPLATE = ChecklistTemplate.create("Talk",
            List.of(new TemplateEntry("Clicker", new TemplateDue.BeforeItem(1, LocalTime.of(18, 0)))));

    private static final Availability AVAILABILITY = new Availability(SAMPLE.people().get(0).id(), 240,
            List.of(new TimeWindow(Moment.of("2017-02-04T12:00", "Europe/Brussels"),
                    Moment.of("2017-02-04T13:00", "Europe/Brussels"), "Lunch with press")));

    static Stream<Record> records() {
        List<Record> all = new ArrayList<>();
        for (Class<?> type : Item.class.getPermittedSubclasses()) {
            all.add((Record) SAMPLE.trips().stream().flatMap(t -> t.items().stream()).filter(type::isInstance)
                    .findFirst().orElseThrow(() -> new AssertionError("the sample has no " + type.getSimpleName())));
        }
        all.addAll(List.of(SAMPLE, TRIP, SAMPLE.people().get(0), PROGRAMME, SESSION,
                new OpeningHours(LocalDate.of(2017, 2, 4), LocalTime.of(9, 30), LocalTime.of(18, 0)),
                Moment.of("2017-02-04T09:30", "Europe/Brussels"), TEMPLATE, TEMPLATE.entries().get(0),
                new Due.BeforeItem(UUID.randomUUID(), 1, LocalTime.of(18, 0))));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void eachFieldButTheIdHasAWitherThatChangesThatFieldAlone(Record original) throws Exception {
        Class<?> type = original.getClass();
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent changed : components) {
            if (changed.getName().equals("id")) {
                continue;
            }
            Object before = changed.getAccessor().invoke(original);
            Object value = differentValue(changed.getGenericType(), before);
            assertNotEquals(before, value, "the test's new value for " + changed.getName());
            String name = "with" + Character.toUpperCase(changed.getName().charAt(0)) + changed.getName().substring(1);
            Method wither = type.getMethod(name, changed.getType());
            Object after = wither.invoke(original, value);
            for (RecordComponent c : components) {
                Object expected = c == changed ? value : c.getAccessor().invoke(original);
                assertEquals(expected, c.getAccessor().invoke(after),
                        type.getSimpleName() + "." + name + " and field " + c.getName());
            }
        }
    }

    @Test
    void eachKindOfItemIsTheKindOfExactlyOneRecord() {
        Map<ItemKind, Class<?>> recordOf = new EnumMap<>(ItemKind.class);
        records().filter(Item.class::isInstance).map(Item.class::cast)
                .forEach(item -> assertEquals(null, recordOf.put(item.kind(), item.getClass()), item.kind().name()));
        assertEquals(Set.of(ItemKind.values()), recordOf.keySet());
    }

    /** A value of the type that differs from {@code old}. */
    private static Object differentValue(Type type, Object old) {
        if (type instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            Object list = List.of(sample(element));
            Object changed = list.equals(old) ? List.of() : list;
            return p.getRawType() == Set.class ? Set.copyOf((List<?>) changed) : changed;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return old + " changed";
        } else if (c == int.class) {
            return (Integer) old + 1;
        } else if (c == boolean.class) {
            return !(Boolean) old;
        } else if (c == Moment.class) {
            return ((Moment) old).plusMinutes(7);
        } else if (c == ZoneId.class) {
            return ZoneId.of("Asia/Tokyo").equals(old) ? ZoneId.of("UTC") : ZoneId.of("Asia/Tokyo");
        } else if (c == LocalDate.class) {
            return ((LocalDate) old).plusDays(1);
        } else if (c == LocalTime.class) {
            return ((LocalTime) old).plusMinutes(1);
        } else if (c == LocalDateTime.class) {
            return ((LocalDateTime) old).plusMinutes(1);
        } else if (c == Instant.class) {
            return old == null ? Instant.EPOCH : ((Instant) old).plusSeconds(1);
        } else if (c == TravelMode.class) {
            return TravelMode.values()[(((TravelMode) old).ordinal() + 1) % TravelMode.values().length];
        } else if (c == Due.class) {
            return new Due.BeforeTrip(999);
        } else if (c == TemplateDue.class) {
            return new TemplateDue.BeforeTrip(999);
        } else if (c == TravelBuffers.class) {
            return TravelBuffers.DEFAULTS.equals(old) ? new TravelBuffers(30, 120, 20) : TravelBuffers.DEFAULTS;
        } else if (c == ProgrammeFeed.class) {
            return new ProgrammeFeed("https://example.org/schedule.xml", "\"v2\"", "Sat, 06 Feb 2021 08:00:00 GMT");
        } else if (c == UnknownFields.class) {
            return new UnknownFields(Map.of("project", Map.of("addedLater", true)));
        }
        return sample(c);
    }

    private static Object sample(Type type) {
        if (type == UUID.class) {
            return UUID.randomUUID();
        } else if (type == String.class) {
            return "a new entry";
        } else if (type == OpeningHours.class) {
            return new OpeningHours(LocalDate.of(2030, 1, 1), LocalTime.of(8, 0), LocalTime.of(9, 0));
        } else if (type == Session.class) {
            return SESSION;
        } else if (type == Item.class) {
            return TRIP.items().get(0);
        } else if (type == ChecklistTemplate.class) {
            return TEMPLATE;
        } else if (type == TemplateEntry.class) {
            return TemplateEntry.of("Banner");
        } else if (type == Person.class) {
            return SAMPLE.people().get(0);
        } else if (type == Trip.class) {
            return TRIP;
        } else if (type == Programme.class) {
            return PROGRAMME;
        } else if (type == TravelBuffers.class) {
            return new TravelBuffers(5, 10, 20);
        } else if (type == Availability.class) {
            return AVAILABILITY;
        } else if (type == TimeWindow.class) {
            return AVAILABILITY.unavailable().get(0);
        }
        throw new AssertionError("no test value for " + type + ": add one here");
    }
}
