package dev.lekha.hub.tds;

import dev.lekha.domain.tds.DeducteeKind;
import dev.lekha.domain.tds.Pan;
import dev.lekha.domain.tds.TdsChallan;
import dev.lekha.domain.tds.TdsDeductor;
import dev.lekha.domain.tds.TdsRecords;
import dev.lekha.domain.tds.TdsRejectedException;
import dev.lekha.domain.tds.TdsSectionRule;
import dev.lekha.hub.security.CompanyScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * TDS over REST: the deductor's details per TAN, challans deposited, the challan of each salary month, and vendor
 * deductions (TDS computed from the dated rules). Field errors are 400 problem details listing each field; a
 * challan entered twice is 409. Writing needs ADMIN or FINANCE.
 */
@RestController
@RequestMapping("/api/tds")
public class TdsApi {

    private static final String TAN = "[A-Z]{4}[0-9]{5}[A-Z]";
    private static final String PAN = "[A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z]";

    private final TdsRecords records;
    private final VendorDeductions deductions;
    private final CompanyScope scope;

    public TdsApi(TdsRecords records, VendorDeductions deductions, CompanyScope scope) {
        this.records = records;
        this.deductions = deductions;
        this.scope = scope;
    }

    /** The deductor behind a TAN (lengths as the statement's batch header allows). */
    public record DeductorRequest(@NotNull Long companyId,
                                  @NotBlank @Pattern(regexp = TAN, message = "must be a TAN like MUMA12345B") String tan,
                                  @NotBlank @Pattern(regexp = PAN, message = "must be a PAN like AAACL1234C") String deductorPan,
                                  @NotBlank @Size(max = 75) String deductorName, @Size(max = 75) String branch,
                                  @NotBlank @Size(max = 25) String address1, @Size(max = 25) String address2,
                                  @Size(max = 25) String address3, @Size(max = 25) String address4,
                                  @NotBlank @Size(max = 25) String city,
                                  @NotBlank @Pattern(regexp = "[0-9]{2}", message = "must be the 2-digit state code of the statement format") String stateCode,
                                  @NotBlank @Pattern(regexp = "[1-9][0-9]{5}", message = "must be a 6-digit PIN") String pin,
                                  @NotBlank @Email @Size(max = 75) String email,
                                  @Pattern(regexp = "[0-9]{2,5}", message = "must be 2-5 digits") String stdCode,
                                  @Pattern(regexp = "[0-9]{6,10}", message = "must be 6-10 digits") String phone,
                                  @NotBlank @Pattern(regexp = "[A-Z]", message = "must be the one-letter deductor category (K company, F firm, ...)") String deductorType,
                                  @NotBlank @Size(max = 75) String responsibleName,
                                  @NotBlank @Size(max = 20) String responsibleDesignation,
                                  @NotBlank @Pattern(regexp = PAN, message = "must be a PAN like AAAPL1234C") String responsiblePan,
                                  @NotBlank @Pattern(regexp = "[6-9][0-9]{9}", message = "must be a 10-digit mobile number") String responsibleMobile) {
    }

    public record ChallanRequest(@NotNull Long companyId,
                                 @NotBlank @Pattern(regexp = TAN, message = "must be a TAN like MUMA12345B") String tan,
                                 @NotBlank @Pattern(regexp = "SALARY|NON_SALARY", message = "must be SALARY or NON_SALARY") String formKind,
                                 @NotBlank @Pattern(regexp = "[0-9]{7}", message = "must be the bank branch's 7-digit BSR code") String bsrCode,
                                 @NotNull LocalDate depositDate,
                                 @NotBlank @Pattern(regexp = "[0-9]{5}", message = "must be the 5-digit challan serial number") String challanSerial,
                                 @NotBlank @Size(max = 10) String sectionCode,
                                 @NotBlank @Pattern(regexp = "200|400", message = "must be 200 (paid by deductor) or 400 (regular assessment)") String minorHead,
                                 @NotNull @DecimalMin("0.00") BigDecimal tax, @DecimalMin("0.00") BigDecimal surcharge,
                                 @DecimalMin("0.00") BigDecimal cess, @DecimalMin("0.00") BigDecimal interest,
                                 @DecimalMin("0.00") BigDecimal fee, @DecimalMin("0.00") BigDecimal others,
                                 @NotNull @DecimalMin(value = "0.01") BigDecimal total) {
    }

    public record SalaryChallanRequest(@NotNull Long companyId,
                                       @NotBlank @Pattern(regexp = TAN, message = "must be a TAN like MUMA12345B") String tan,
                                       @NotBlank @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])", message = "must be a month yyyy-MM") String payMonth,
                                       @NotNull Long challanId) {
    }

    public record DeductionRequest(@NotNull Long companyId,
                                   @NotBlank @Pattern(regexp = TAN, message = "must be a TAN like MUMA12345B") String tan,
                                   Long partyId, String pan,
                                   @NotBlank @Size(max = 75) String deducteeName,
                                   @Pattern(regexp = "IND_HUF|OTHER", message = "must be IND_HUF or OTHER") String kindWithoutPan,
                                   @NotBlank String section, @NotBlank String nature, @NotNull LocalDate paymentDate,
                                   @NotNull @DecimalMin(value = "0.01") BigDecimal amount,
                                   @DecimalMin("0.00") BigDecimal certificateRatePercent, Long challanId) {
    }

    @PutMapping("/deductors")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public Map<String, Object> saveDeductor(@Valid @RequestBody DeductorRequest r) {
        scope.check(r.companyId());
        records.saveDeductor(new TdsDeductor(r.companyId(), r.tan(), r.deductorPan(), r.deductorName(), r.branch(),
                r.address1(), r.address2(), r.address3(), r.address4(), r.city(), r.stateCode(), r.pin(), r.email(),
                r.stdCode(), r.phone(), r.deductorType(), r.responsibleName(), r.responsibleDesignation(),
                r.responsiblePan(), r.responsibleMobile()));
        return Map.of("companyId", r.companyId(), "tan", r.tan(), "status", "SAVED");
    }

    @PostMapping("/challans")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> recordChallan(@Valid @RequestBody ChallanRequest r, Principal caller) {
        scope.check(r.companyId());
        BigDecimal z = BigDecimal.ZERO;
        BigDecimal sum = r.tax().add(nz(r.surcharge())).add(nz(r.cess())).add(nz(r.interest())).add(nz(r.fee()))
                .add(nz(r.others()));
        if (sum.compareTo(r.total()) != 0) {
            throw new TdsRejectedException(List.of("total: " + r.total().toPlainString()
                    + " is not tax + surcharge + cess + interest + fee + others = " + sum.toPlainString()));
        }
        long id = records.recordChallan(new TdsChallan(null, r.companyId(), r.tan(), r.formKind(), r.bsrCode(),
                r.depositDate(), r.challanSerial(), r.sectionCode(), r.minorHead(), r.tax(), nz(r.surcharge()),
                nz(r.cess()), nz(r.interest()), nz(r.fee()), nz(r.others()), r.total()), caller.getName());
        return Map.of("id", id);
    }

    @PostMapping("/salary-challans")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public Map<String, Object> linkSalaryChallan(@Valid @RequestBody SalaryChallanRequest r) {
        scope.check(r.companyId());
        TdsChallan c = records.challan(r.companyId(), r.challanId()).orElse(null);
        if (c == null || !c.tan().equals(r.tan()) || !"SALARY".equals(c.formKind())) {
            throw new TdsRejectedException(List.of("challanId: " + r.challanId() + " is not a salary challan of TAN "
                    + r.tan()));
        }
        records.linkSalaryChallan(r.companyId(), r.tan(), r.payMonth(), r.challanId());
        return Map.of("payMonth", r.payMonth(), "challanId", r.challanId());
    }

    @PostMapping("/deductions")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> recordDeduction(@Valid @RequestBody DeductionRequest r, Principal caller) {
        scope.check(r.companyId());
        if (r.pan() != null && !r.pan().isBlank() && !Pan.isValid(r.pan().trim().toUpperCase(java.util.Locale.ROOT))) {
            throw new TdsRejectedException(List.of("pan: '" + Pan.masked(r.pan()) + "' is not a PAN (AAAAA9999A);"
                    + " leave it empty to deduct at the no-PAN rate"));
        }
        DeducteeKind fallback = r.kindWithoutPan() == null ? DeducteeKind.OTHER : DeducteeKind.valueOf(r.kindWithoutPan());
        VendorDeductions.Recorded rec = deductions.record(r.companyId(), r.tan(), r.partyId(), r.pan(),
                r.deducteeName(), fallback, r.section(), r.nature(), r.paymentDate(), r.amount(),
                r.certificateRatePercent(), r.challanId(), caller.getName());
        TdsSectionRule rule = rec.result().rule();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", rec.id());
        out.put("section", rule.sectionCode());
        out.put("section2025", rule.section2025());
        out.put("paymentCode", rule.paymentCode());
        out.put("base", rec.result().base());
        out.put("ratePercent", rec.result().ratePercent());
        out.put("tds", rec.result().tds());
        out.put("reason", rec.result().reason().name());
        out.put("reasonCode", rec.result().reasonCode());
        out.put("explanation", rec.result().explanation());
        return out;
    }

    /** The dated rules, for a screen or a check of what is in force. */
    @GetMapping("/rules")
    public List<TdsSectionRule> rules() {
        return records.allRules();
    }

    @ExceptionHandler(TdsRejectedException.class)
    ProblemDetail rejected(TdsRejectedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid TDS record");
        List<Map<String, Object>> errors = new ArrayList<>();
        for (String problem : e.problems()) {
            int colon = problem.indexOf(':');
            errors.add(Map.of("field", colon > 0 ? problem.substring(0, colon) : "", "message",
                    colon > 0 ? problem.substring(colon + 1).trim() : problem));
        }
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "This challan (BSR code, date of deposit, serial) is already recorded for the company.");
        p.setTitle("Challan already recorded");
        return p;
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
