package dev.lekha.domain.einvoice;

import java.time.LocalDate;

/**
 * How the goods of a document travel, as the ERP gives it for the e-way bill (Part A transporter,
 * Part B vehicle). Either a transporter id or a vehicle number (road) / transport document (rail,
 * air, ship) is needed for an e-way bill.
 *
 * @param transporterId   GSTIN or TRANSIN of the transporter; may be null
 * @param transporterName may be null
 * @param mode            ROAD, RAIL, AIR or SHIP; null when only Part A (transporter) is given
 * @param distanceKm      approximate distance in km; 0 lets the IRP compute it from the PIN codes
 * @param documentNumber  transport document (LR/RR/airway bill/bill of lading) number; may be null
 * @param documentDate    its date; may be null
 * @param vehicleNumber   vehicle registration number for road, e.g. {@code MH12AB1234}; may be null
 * @param overDimensionalCargo true for over-dimensional cargo (validity 1 day per 20 km)
 */
public record TransportDetails(String transporterId, String transporterName, Mode mode, int distanceKm,
                               String documentNumber, LocalDate documentDate, String vehicleNumber,
                               boolean overDimensionalCargo) {

    /** Modes of transport with the IRP's codes ({@code TransMode}). */
    public enum Mode {
        ROAD("1"), RAIL("2"), AIR("3"), SHIP("4");

        private final String code;

        Mode(String code) {
            this.code = code;
        }

        /** The IRP's code: 1 road, 2 rail, 3 air, 4 ship. */
        public String code() {
            return code;
        }
    }
}
