package dev.lekha.connectors.nic;

import java.util.List;

/**
 * The IRP refused Lekha's credentials for a GSTIN (wrong client id/secret, user name or password,
 * GSTIN not enabled): a configuration problem a person must fix; retrying does not help.
 */
public class IrpAuthenticationException extends RuntimeException {

    private final List<IrpError> errors;

    public IrpAuthenticationException(String message, List<IrpError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<IrpError> errors() {
        return errors;
    }
}
