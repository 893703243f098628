package org.roadshow.io.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.ChecklistTemplate;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/** The top of the file: its format version, the project's name, the team, the trips and the team's templates. */
@JsonPropertyOrder({"formatVersion", "name", "people", "trips", "templates"})
final class JsonProject extends JsonObject {
    Integer formatVersion;
    String name;
    @JsonInclude(JsonInclude.Include.ALWAYS) // an empty project still shows its two lists
    List<JsonPerson> people;
    @JsonInclude(JsonInclude.Include.ALWAYS)
    List<JsonTrip> trips;
    /** Left out while the team has no templates of its own, so older files save unchanged. */
    List<JsonTemplate> templates;

    static JsonProject from(Project project) {
        JsonProject dto = new JsonProject();
        dto.formatVersion = ProjectFile.FORMAT_VERSION;
        dto.name = project.name();
        dto.people = project.people().stream().map(p -> JsonPerson.from(p, project.unknown())).toList();
        dto.trips = project.trips().stream().map(t -> JsonTrip.from(t, project.unknown())).toList();
        dto.templates = project.templates().stream().map(t -> JsonTemplate.from(t, project.unknown())).toList();
        dto.keepUnknown(project.unknown().of(ReadContext.PROJECT_OWNER));
        return dto;
    }

    Project toModel(ReadContext ctx) {
        ReadContext.require(formatVersion, this, "(top)", "formatVersion");
        ctx.keepUnknown(ReadContext.PROJECT_OWNER, this);
        List<Person> team = Convert.each(people, this, "people", ctx);
        List<UUID> ids = new ArrayList<>();
        for (Person person : team) {
            ids.add(person.id());
        }
        ctx.setPeople(ids);
        List<Trip> allTrips = Convert.each(trips, this, "trips", ctx);
        List<ChecklistTemplate> ownTemplates = Convert.each(templates, this, "templates", ctx);
        return new Project(name, team, allTrips, ownTemplates, ctx.unknownFields());
    }
}
