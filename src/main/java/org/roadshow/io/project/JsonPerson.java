package org.roadshow.io.project;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.ZoneId;
import java.util.UUID;
import org.roadshow.model.Person;
import org.roadshow.model.UnknownFields;

/** Someone on the team. */
@JsonPropertyOrder({"id", "name", "role", "email", "homeZone"})
final class JsonPerson extends JsonObject implements Convert.ModelSource<Person> {
    UUID id;
    String name;
    String role;
    String email;
    ZoneId homeZone;

    static JsonPerson from(Person person, UnknownFields unknown) {
        JsonPerson dto = new JsonPerson();
        dto.id = person.id();
        dto.name = person.name();
        dto.role = person.role();
        dto.email = person.email();
        dto.homeZone = person.homeZone();
        dto.keepUnknown(unknown.of(person.id().toString()));
        return dto;
    }

    @Override
    public Person toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        ctx.keepUnknown(id.toString(), this);
        return new Person(id, name, role, email, ReadContext.optionalZone(homeZone, this, path, "homeZone"));
    }
}
