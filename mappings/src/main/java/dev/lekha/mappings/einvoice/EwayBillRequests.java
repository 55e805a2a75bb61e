package dev.lekha.mappings.einvoice;

import dev.lekha.connectors.nic.EwbByIrnRequest;
import dev.lekha.domain.einvoice.TransportDetails;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Transport details → the IRP's Generate e-way bill by IRN request: mode code (1 road, 2 rail, 3 air,
 * 4 ship), vehicle type R (regular) or O (over-dimensional cargo), dates dd/MM/yyyy.
 */
public final class EwayBillRequests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private EwayBillRequests() {
    }

    /** @param irn the registered IRN; {@code transport} must not be null */
    public static EwbByIrnRequest of(String irn, TransportDetails transport) {
        Objects.requireNonNull(irn, "irn");
        Objects.requireNonNull(transport, "transport");
        boolean road = transport.mode() == TransportDetails.Mode.ROAD;
        return new EwbByIrnRequest(irn, transport.distanceKm(),
                transport.mode() == null ? null : transport.mode().code(), transport.transporterId(),
                transport.transporterName(),
                transport.documentDate() == null ? null : DAY.format(transport.documentDate()),
                transport.documentNumber(), road ? transport.vehicleNumber() : null,
                road ? (transport.overDimensionalCargo() ? "O" : "R") : null);
    }
}
