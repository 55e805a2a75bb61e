/**
 * A faithful simulator of the NIC Invoice Registration Portal (IRP): auth v1.04, core v1.03, e-way bill
 * by IRN and the GSTIN master, with the IRP's encryption, signatures, validations and error codes, on
 * the sandbox's own keys. {@link dev.lekha.connectors.nic.sandbox.IrpSandbox} is the engine; the hub
 * serves it under {@code /sandbox/nic/} through a thin HTTP adapter that must honour
 * {@link dev.lekha.connectors.nic.sandbox.SandboxResponse#delay()}.
 *
 * <p>Error codes and messages are the IRP's own; {@link dev.lekha.connectors.nic.sandbox.IrpErrorCodes}
 * names the public page each one was taken from and marks the few the sandbox had to assign itself.
 */
package dev.lekha.connectors.nic.sandbox;
