package dev.lekha.jobs.salesregister;

/** Thrown on purpose by the fault-injection test hook ({@code failAfterItems}); never seen in production. */
public class InjectedFaultException extends RuntimeException {
    public InjectedFaultException(long failAfterItems, long written) {
        super("Injected fault: failAfterItems=" + failAfterItems + " reached after " + written
                + " staged documents (lekha.jobs.fault-injection.enabled=true); restart the run to finish it");
    }
}
