package dev.lekha.mappings.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * UTRs and RRNs in narrations as HDFC, ICICI, SBI and Axis print them. NEFT UTR: sending bank's 4-letter IFSC
 * code, then 12 letters/digits (16); RTGS UTR: 22 characters; IMPS and UPI: NPCI's 12-digit RRN.
 */
class UtrTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // HDFC
            "NEFT-HDFCN52022062512345-ACME PVT LTD|HDFCN52022062512345",
            "NEFT CR-ICIC0000104-SHARMA ENTERPRISES-ICICN52024060312345-INV LK-2024-0042|ICICN52024060312345",
            "NEFT CR-SBIN0000300-JOSHI AND SONS-SBIN424165012345|SBIN424165012345",
            "RTGS DR-SBIN0001234-PATIL STEEL SUPPLIERS-HDFCR52024060398765432|HDFCR52024060398765432",
            "IMPS-416612345678-GAIKWAD ASSOCIATES-KKBK-XXXXXXXX4321-RENT JUN|416612345678",
            "UPI-KULKARNI TRADERS-KULKARNI@OKICICI-ICIC0000104-415612345678-PAYMENT FOR INV 43|415612345678",
            // ICICI
            "NEFT-UTIBN52024061900077777-DESAI CHEMICALS-INV LK-2024-0051|UTIBN52024061900077777",
            "MMT/IMPS/417112345678/SALARY ADV/RAHUL/HDFC BANK|417112345678",
            "UPI/417312345678/PAYMENT/jadhav@oksbi/STATE BANK OF I|417312345678",
            "IMPS/P2A/123456789012/ACME TRAD/HDFC BANK|123456789012",
            // SBI
            "BY TRANSFER-NEFT*HDFC0000001*HDFCN24176123456*SAWANT TRADERS--|HDFCN24176123456",
            "TO TRANSFER-RTGS UTR NO: SBINR52024062400123456--PATIL STEEL|SBINR52024062400123456",
            "BY TRANSFER-UPI/CR/417712345678/MORE/KKBK/more@okaxis/|417712345678",
            "BY TRANSFER-IMPS/417812345678/SHINDE/HDFC/|417812345678",
            // Axis
            "NEFT/SBIN424179123456/CHAVAN ENTERPRISES/STATE BANK OF INDIA|SBIN424179123456",
            "UPI/P2M/417912345678/BHARAT PETROLEUM/Payment|417912345678",
            "RTGS/UTIBR52022062500012345/BHOSALE INFRA PVT LTD|UTIBR52022062500012345",
            "neft/axisn24180123456/kulkarni transport/hdfc|AXISN24180123456",
            // camt remittance text
            "NEFT UTIBN52024060500011111 INV LK-2024-0044|UTIBN52024060500011111",
    })
    void findsTheReference(String narration, String utr) {
        assertThat(Utr.extract(narration)).isEqualTo(utr);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POS 416512XXXXXX1234 AMAZON PAY INDIA",
            "CHRG: NEFT/RTGS CHARGES MAY 2024 INCL GST 18%",
            "ACH D- LIC OF INDIA-PREMIUM 1234567",
            "CASH WITHDRAWAL SELF",
            // an IFSC alone is not a UTR, nor is a 10-digit phone number an RRN
            "NEFT CR-HDFC0000123-ACME",
            "UPI-ACME-9876543210@YBL",
            "IMPS-12345678901-SHORT RRN",
            "CONNEFTION CHARGES 123456789012",
    })
    void findsNothingWhereThereIsNoPaymentReference(String narration) {
        assertThat(Utr.extract(narration)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NEFT CR-ACME PVT LTD|HDFCN52024061412345|HDFCN52024061412345",
            "UPI PAYMENT RECEIVED|418812345678|418812345678",
            "CHEQUE DEPOSIT|000123|",
    })
    void fallsBackOnTheReferenceColumnForAPaymentNarration(String narration, String reference, String utr) {
        assertThat(Utr.extract(narration, reference)).isEqualTo(utr);
    }
}
