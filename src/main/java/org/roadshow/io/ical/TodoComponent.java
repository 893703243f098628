package org.roadshow.io.ical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.PercentComplete;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import org.roadshow.plan.AgendaKind;

/** One VTODO: UID, SEQUENCE as for events, DUE (a date, or a time in its zone), STATUS and the words. */
final class TodoComponent {
    private TodoComponent() {
    }

    static Due<LocalDate> dueDate(LocalDate date) {
        return new Due<>(new ParameterList(List.of(Value.DATE)), date);
    }

    static VToDo vtodo(ExportedTodo todo, PreviousExport.Event before, DtStamp stamp, Due<?> due) {
        String hash = todo.hash();
        int sequence = before == null ? 0 : before.hash().equals(hash) ? before.sequence() : before.sequence() + 1;
        List<Property> props = new ArrayList<>(10);
        props.add(new Uid(todo.uid()));
        props.add(stamp);
        props.add(new Sequence(sequence));
        props.add(due);
        props.add(new Summary(todo.summary()));
        if (!todo.description().isEmpty()) {
            props.add(new Description(todo.description()));
        }
        props.add(new Status(todo.completed() ? Status.VALUE_COMPLETED : Status.VALUE_NEEDS_ACTION));
        if (todo.completed()) {
            props.add(new PercentComplete(100));
        }
        props.add(new Categories(new TextList(List.of(AgendaKind.TODO.label()))));
        props.add(new XProperty(IcsExport.HASH_PROPERTY, hash));
        return new VToDo(new PropertyList(props));
    }
}
