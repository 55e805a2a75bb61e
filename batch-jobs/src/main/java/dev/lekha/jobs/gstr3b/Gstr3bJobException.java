package dev.lekha.jobs.gstr3b;

/** A GSTR-3B run that cannot proceed for a reason a person must fix (the message says what and how). */
public class Gstr3bJobException extends RuntimeException {

    public Gstr3bJobException(String message) {
        super(message);
    }
}
