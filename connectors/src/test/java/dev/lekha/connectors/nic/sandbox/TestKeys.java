package dev.lekha.connectors.nic.sandbox;

/** One key set for all sandbox tests: RSA generation costs ~0.5 s, the keys are immutable. */
final class TestKeys {

    static final IrpSandboxKeys KEYS = IrpSandboxKeys.generate();

    private TestKeys() {
    }
}
