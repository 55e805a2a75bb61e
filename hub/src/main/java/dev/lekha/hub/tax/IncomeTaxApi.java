package dev.lekha.hub.tax;

import dev.lekha.jobs.statutory.IncomeTaxRulesSource;
import dev.lekha.jobs.statutory.MissingTaxRulesException;
import dev.lekha.mappings.incometax.AgeBand;
import dev.lekha.mappings.incometax.DeductionCaps;
import dev.lekha.mappings.incometax.HraExemption;
import dev.lekha.mappings.incometax.IncomeTaxCalculator;
import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxComputation;
import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxInput;
import dev.lekha.mappings.incometax.RegimeComparison;
import dev.lekha.mappings.incometax.RegimeRules;
import dev.lekha.mappings.incometax.TaxRegime;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Salary income tax for a year and regime with its breakdown ({@code POST /api/tax/income-tax}, CONTRACTS.md), for
 * payroll previews and regime comparison. Computation only: nothing is stored, no company is involved, so every
 * signed-in role may call it (VIEWER and up; ADMIN, FINANCE and COMPLIANCE imply VIEWER). The year's rules come
 * from the dated statutory rows; the arithmetic is {@link IncomeTaxCalculator}'s.
 */
@RestController
@RequestMapping("/api/tax")
public class IncomeTaxApi {

    private final IncomeTaxRulesSource rules;

    public IncomeTaxApi(IncomeTaxRulesSource rules) {
        this.rules = rules;
    }

    /** One regime's computation as the contract names its figures. */
    public record Computation(String regime, String financialYear, BigDecimal taxableIncome, BigDecimal taxOnIncome,
                              BigDecimal rebate87A, String rebateSection, BigDecimal surcharge, BigDecimal marginalRelief,
                              BigDecimal cess, BigDecimal totalTax, List<Slab> slabs, BigDecimal hraExemption,
                              Map<String, BigDecimal> deductionsAllowed) {
    }

    /** One slab band: income above {@code from} up to {@code to} (null: no end) at {@code rate}%. */
    public record Slab(BigDecimal from, BigDecimal to, BigDecimal rate, BigDecimal tax) {
    }

    /** {@code regime: BOTH}: both computations and the better one (lower total tax; NEW on a tie). */
    public record Comparison(String regime, String financialYear, String better, BigDecimal saving,
                             Computation newRegime, Computation oldRegime) {
    }

    @PostMapping("/income-tax")
    @PreAuthorize("hasRole('VIEWER')")
    public Object incomeTax(@Valid @RequestBody IncomeTaxRequest request) {
        if (request.hra() != null && request.hraExemption() != null && request.hraExemption().signum() > 0) {
            throw new InvalidTaxRequestException("hraExemption",
                    "give either hraExemption or the hra inputs to work it out, not both", request.hraExemption());
        }
        String fy = request.financialYear();
        if ("BOTH".equals(request.regime())) {
            Result fresh = compute(request, TaxRegime.NEW);
            Result old = compute(request, TaxRegime.OLD);
            RegimeComparison c = RegimeComparison.of(fresh.tax(), old.tax());
            return new Comparison("BOTH", fy, c.better().name(), c.saving(), fresh.view(), old.view());
        }
        return compute(request, TaxRegime.valueOf(request.regime())).view();
    }

    private record Result(TaxComputation tax, Computation view) {
    }

    private Result compute(IncomeTaxRequest r, TaxRegime regime) {
        String fy = r.financialYear();
        int age = r.age();
        RegimeRules regimeRules = rules.rules(fy, regime, age);
        BigDecimal hraExempt = r.hraExemption() == null ? BigDecimal.ZERO : r.hraExemption();
        BigDecimal basicDa = r.basicDa();
        if (r.hra() != null) {
            IncomeTaxRequest.HraInput h = r.hra();
            hraExempt = HraExemption.compute(rules.hraRules(fy), h.basicDa(), h.hraReceived(), h.rentPaid(), h.city()).exempt();
            basicDa = basicDa == null ? h.basicDa() : basicDa;
        }
        DeductionCaps.Allowed allowed;
        try {
            allowed = rules.deductionCaps(fy).allow(r.deductions(), regime, AgeBand.of(age),
                    Boolean.TRUE.equals(r.parentsSenior()), basicDa);
        } catch (MissingTaxRulesException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidTaxRequestException("deductions", e.getMessage(), r.deductions());
        }
        BigDecimal otherExemptions = zero(r.ltaExemption()).add(zero(r.professionalTax()));
        TaxInput input = new TaxInput(r.grossSalary(), r.otherIncome(), allowed.oldRegimeOnly(), hraExempt, otherExemptions,
                allowed.everyRegime());
        TaxComputation t = IncomeTaxCalculator.compute(regimeRules, input);
        List<Slab> slabs = t.slabs().stream().map(s -> new Slab(s.from(), s.to(), s.ratePercent(), s.tax())).toList();
        boolean newAct = fy.compareTo("2026-27") >= 0;
        Computation view = new Computation(regime.name(), fy, t.taxableIncome(), t.taxOnIncome(), t.rebate87A(),
                newAct ? "s.156 of the Income-tax Act, 2025 (formerly s.87A)" : "s.87A of the Income-tax Act, 1961",
                t.surcharge(), t.marginalRelief(), t.cess(), t.totalTax(), slabs,
                regime == TaxRegime.OLD ? hraExempt.setScale(2, RoundingMode.HALF_UP)
                        : BigDecimal.ZERO.setScale(2),
                new LinkedHashMap<>(allowed.allowed()));
        return new Result(t, view);
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    @ExceptionHandler(InvalidTaxRequestException.class)
    ProblemDetail invalid(InvalidTaxRequestException e) {
        return fieldProblem(e.field(), e.getMessage(), e.rejectedValue());
    }

    @ExceptionHandler(MissingTaxRulesException.class)
    ProblemDetail noRules(MissingTaxRulesException e) {
        return fieldProblem("financialYear", e.getMessage(), null);
    }

    /** RFC 9457 with the same {@code errors: [{field, message, rejectedValue}]} as bean validation (ApiProblemHandler). */
    private static ProblemDetail fieldProblem(String field, String message, Object rejected) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has 1 invalid field(s): " + field + " " + message);
        p.setTitle("Invalid request");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        error.put("rejectedValue", rejected);
        p.setProperty("errors", List.of(error));
        return p;
    }
}
