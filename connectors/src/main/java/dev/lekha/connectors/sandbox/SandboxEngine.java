package dev.lekha.connectors.sandbox;

/**
 * A faithful simulator of an outside system's HTTP API, independent of any HTTP server: the hub serves it under
 * {@code /sandbox/<system>/}, the connector tests behind a JDK HTTP server. Implemented by the NIC IRP sandbox and
 * the GST portal sandbox.
 */
public interface SandboxEngine {

    /** Answers one request; never returns null (refusals are answers with the system's own error shape). */
    SandboxResponse handle(SandboxRequest request);
}
