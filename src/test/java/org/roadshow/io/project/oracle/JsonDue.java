package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.roadshow.model.Due;
import org.roadshow.model.TemplateDue;

/**
 * When a checklist item is due, exactly one of: {"date": "2017-01-27"}, {"daysBeforeTrip": 7}, or
 * {"daysBeforeItem": 1, "item": ID, "at": "18:00"} ("at" optional). A template entry's due has no date and no
 * item: {"daysBeforeTrip": 14} or {"daysBeforeItem": 1, "at": "18:00"}, before the item it is applied to.
 */
@JsonPropertyOrder({"date", "daysBeforeTrip", "daysBeforeItem", "item", "at"})
final class JsonDue extends JsonObject {
    LocalDate date;
    Integer daysBeforeTrip;
    Integer daysBeforeItem;
    UUID item;
    LocalTime at;

    Due toModel(ReadContext ctx, String path, String owner) {
        int given = (date == null ? 0 : 1) + (daysBeforeTrip == null ? 0 : 1) + (daysBeforeItem == null ? 0 : 1);
        if (given != 1) {
            throw ReadContext.invalid(this, path,
                    "needs exactly one of \"date\", \"daysBeforeTrip\" and \"daysBeforeItem\"");
        }
        onlyWithItemDays(path);
        ctx.keepUnknown(owner, this);
        if (date != null) {
            return new Due.On(date);
        } else if (daysBeforeTrip != null) {
            return new Due.BeforeTrip(daysBeforeTrip);
        }
        ReadContext.require(item, this, path, "item");
        return new Due.BeforeItem(item, daysBeforeItem, at);
    }

    TemplateDue toTemplateModel(ReadContext ctx, String path, String owner) {
        if (date != null) {
            throw ReadContext.invalid(this, path, "a template's due date cannot be a \"date\": it is counted in days"
                    + " before the trip (\"daysBeforeTrip\") or before the item it is applied to (\"daysBeforeItem\")");
        }
        if (item != null) {
            throw ReadContext.invalid(this, path, "a template's due date cannot name an \"item\": it counts before"
                    + " the item the template is applied to");
        }
        if ((daysBeforeTrip == null) == (daysBeforeItem == null)) {
            throw ReadContext.invalid(this, path, "needs exactly one of \"daysBeforeTrip\" and \"daysBeforeItem\"");
        }
        onlyWithItemDays(path);
        ctx.keepUnknown(owner, this);
        return daysBeforeTrip != null ? new TemplateDue.BeforeTrip(daysBeforeTrip)
                : new TemplateDue.BeforeItem(daysBeforeItem, at);
    }

    private void onlyWithItemDays(String path) {
        if (daysBeforeItem == null && item != null) {
            throw ReadContext.invalid(this, path, "\"item\" goes only with \"daysBeforeItem\"");
        }
        if (daysBeforeItem == null && at != null) {
            throw ReadContext.invalid(this, path, "\"at\" goes only with \"daysBeforeItem\"");
        }
    }
}
