package dev.lekha.hub.schedules;

/** A schedule with that name exists already: update it, or pick another name. */
public class ScheduleAlreadyExistsException extends RuntimeException {
    public ScheduleAlreadyExistsException(String name) {
        super("A schedule named '" + name + "' exists already; update it with PUT /api/schedules/" + name
                + " or choose another name");
    }
}
