package org.roadshow.io.project.oracle;

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

    @Override
    public Person toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        ctx.keepUnknown(id.toString(), this);
        return new Person(id, name, role, email, ReadContext.optionalZone(homeZone, this, path, "homeZone"));
    }
}
