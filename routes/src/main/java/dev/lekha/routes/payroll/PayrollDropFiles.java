package dev.lekha.routes.payroll;

import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.inbound.InboundFile;
import dev.lekha.domain.inbound.InboundFiles;
import dev.lekha.routes.drops.DropRejectedException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the payroll drops share: the company a file is for is the one whose PAN the file name starts with
 * ({@code AAACL1234C_employees.xlsx}, {@code AAACL1234C_attendance_2026-11.csv}). A PAN prefix works for XLSX and
 * CSV alike, needs no extra column in every sheet, and cannot be confused with an employee's PAN inside the file.
 */
final class PayrollDropFiles {

    private static final Pattern PAN_PREFIX = Pattern.compile("^([A-Za-z]{5}[0-9]{4}[A-Za-z])_");

    private PayrollDropFiles() {
    }

    /**
     * The company the file name names.
     *
     * @throws DropRejectedException when the name has no PAN prefix or no company has that PAN
     */
    static long companyOf(Companies companies, String channel, String fileName) {
        Matcher m = PAN_PREFIX.matcher(fileName);
        if (!m.find()) {
            throw new DropRejectedException(List.of(fileName + ": the file name must start with the company's PAN and"
                    + " '_' so Lekha knows whose " + channel + " it is, e.g. AAACL1234C_" + example(channel)));
        }
        String pan = m.group(1).toUpperCase(Locale.ROOT);
        return companies.findByPan(pan).map(Company::getId).orElseThrow(() -> new DropRejectedException(List.of(
                fileName + ": no company in Lekha has PAN " + pan + " (the file name's prefix); check the PAN or add"
                        + " the company first")));
    }

    private static String example(String channel) {
        return channel.equals(EmployeesDrop.CHANNEL) ? "employees.xlsx" : "payroll-inputs_2026-11.xlsx";
    }

    /** The id of the inbound file record the drop reception made for this content, or null. */
    static Long sourceFileId(InboundFiles inboundFiles, String channel, byte[] content) {
        return inboundFiles.findByChannelAndSha256(channel, sha256(content)).map(InboundFile::getId).orElse(null);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
