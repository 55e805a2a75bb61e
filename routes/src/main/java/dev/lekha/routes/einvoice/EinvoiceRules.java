package dev.lekha.routes.einvoice;

import dev.lekha.domain.company.Company;
import dev.lekha.domain.einvoice.CompanyTurnover;
import dev.lekha.domain.einvoice.CompanyTurnovers;
import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.domain.statutory.StatutoryRate;
import dev.lekha.domain.statutory.StatutoryRates;
import dev.lekha.mappings.einvoice.AnnualTurnover;
import dev.lekha.mappings.einvoice.EinvoiceExemption;
import dev.lekha.mappings.einvoice.EinvoiceThresholds;
import dev.lekha.mappings.einvoice.EinvoiceThresholds.AatoThreshold;
import dev.lekha.mappings.einvoice.EinvoiceThresholds.ReportingTimeLimit;
import dev.lekha.mappings.einvoice.SupplierProfile;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Reads the inputs of the e-invoice rules from the database: the dated thresholds (statutory data of
 * kind {@code EINVOICE}) and a company's turnover history and exemption. The rules themselves are the
 * mappings' ({@code EinvoiceApplicability}, {@code IrpInvoiceMapper}).
 */
@Component
public class EinvoiceRules {

    static final String KIND = "EINVOICE";

    /** Statutory data changes by migration or by hand, rarely: re-read at most this often. */
    static final Duration REREAD_AFTER = Duration.ofMinutes(1);

    private final StatutoryRates rates;
    private final CompanyTurnovers turnovers;
    private final Clock clock;
    private volatile Cached cached;

    private record Cached(EinvoiceThresholds thresholds, Instant readAt) {
    }

    public EinvoiceRules(StatutoryRates rates, CompanyTurnovers turnovers, Clock clock) {
        this.rates = rates;
        this.turnovers = turnovers;
        this.clock = clock;
    }

    /** Every e-invoice threshold and reporting limit with its effective date (read again after a minute). */
    public EinvoiceThresholds thresholds() {
        Instant now = clock.instant();
        Cached c = cached;
        if (c == null || c.readAt().plus(REREAD_AFTER).isBefore(now)) {
            c = new Cached(readThresholds(), now);
            cached = c;
        }
        return c.thresholds();
    }

    private EinvoiceThresholds readThresholds() {
        List<StatutoryRate> rows = rates.findByKindOrderByEffectiveFromAscCodeAsc(KIND);
        List<AatoThreshold> applicability = new ArrayList<>();
        Map<LocalDate, BigDecimal> limitAato = new TreeMap<>();
        Map<LocalDate, String> limitSource = new TreeMap<>();
        List<StatutoryRate> days = new ArrayList<>();
        for (StatutoryRate r : rows) {
            switch (r.getCode()) {
                case "AATO_THRESHOLD" -> applicability.add(new AatoThreshold(r.getEffectiveFrom(), r.getValue(),
                        r.getSourceNote()));
                case "REPORTING_LIMIT_AATO" -> {
                    limitAato.put(r.getEffectiveFrom(), r.getValue());
                    limitSource.put(r.getEffectiveFrom(), r.getSourceNote());
                }
                case "REPORTING_LIMIT_DAYS" -> days.add(r);
                default -> { }
            }
        }
        List<ReportingTimeLimit> limits = new ArrayList<>();
        for (Map.Entry<LocalDate, BigDecimal> e : limitAato.entrySet()) {
            int limitDays = days.stream().filter(d -> d.appliesOn(e.getKey())).findFirst()
                    .map(d -> d.getValue().intValueExact()).orElse(30);
            limits.add(new ReportingTimeLimit(e.getKey(), e.getValue(), limitDays, limitSource.get(e.getKey())));
        }
        return new EinvoiceThresholds(applicability, limits);
    }

    /** The turnover above which HSN codes need 6 digits, in force on {@code date}; none before the rule. */
    public BigDecimal sixDigitHsnAbove(LocalDate date) {
        return rates.valueOn(KIND, "HSN6_AATO", date).orElse(null);
    }

    /** The company's turnover history and exemption. */
    public SupplierProfile supplier(Company company) {
        List<AnnualTurnover> history = new ArrayList<>();
        for (CompanyTurnover t : turnovers.findByCompanyIdOrderByFinancialYear(company.getId())) {
            history.add(new AnnualTurnover(FinancialYear.parse(t.getFinancialYear()), t.getAggregateTurnover()));
        }
        EinvoiceExemption exemption = company.getEinvoiceExemption() == null ? null
                : EinvoiceExemption.valueOf(company.getEinvoiceExemption());
        return new SupplierProfile(history, exemption);
    }
}
