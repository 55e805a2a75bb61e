package dev.lekha.jobs.rfm;

/** The rfm job cannot run with what it was given (a parameter out of range); the run fails with this message. */
class RfmJobException extends RuntimeException {

    RfmJobException(String message) {
        super(message);
    }
}
