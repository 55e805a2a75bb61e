package dev.lekha.hub.schedules;

/** The Quartz job store failed (database down, corrupt row): not the caller's fault, retrying may help. */
public class ScheduleStoreException extends RuntimeException {
    public ScheduleStoreException(String what, Throwable cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
