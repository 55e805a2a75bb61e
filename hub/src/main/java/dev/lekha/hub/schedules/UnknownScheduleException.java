package dev.lekha.hub.schedules;

/** No schedule has that name. */
public class UnknownScheduleException extends RuntimeException {
    public UnknownScheduleException(String name) {
        super("No schedule named '" + name + "'; GET /api/schedules lists the existing ones");
    }
}
