package dev.lekha.connectors.nic;

import java.util.List;
import java.util.Objects;

/**
 * The full answer to Generate IRN: the IRN's details and the IRP's {@code InfoDtls}, which matter when
 * an e-way bill was asked for with the invoice: the IRN can be generated while the e-way bill part
 * failed ({@link IrpInfo#EWAY_BILL_ERROR}), and then {@link IrnDetails#ewbNo()} is null.
 *
 * @param details never null
 * @param info    never null, in the IRP's order
 */
public record IrnRegistration(IrnDetails details, List<IrpInfo> info) {

    public IrnRegistration {
        Objects.requireNonNull(details, "details");
        info = info == null ? List.of() : List.copyOf(info);
    }

    /** The errors of the e-way bill part ({@code EWBERR} info); empty when there were none. */
    public List<IrpError> ewayBillErrors() {
        return info.stream().filter(i -> IrpInfo.EWAY_BILL_ERROR.equals(i.code()))
                .flatMap(i -> i.errors().stream()).toList();
    }
}
