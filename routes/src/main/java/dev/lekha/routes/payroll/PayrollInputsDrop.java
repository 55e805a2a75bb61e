package dev.lekha.routes.payroll;

import dev.lekha.domain.company.Companies;
import dev.lekha.domain.employee.Employees;
import dev.lekha.domain.employee.PayrollInputs;
import dev.lekha.domain.employee.SalaryComponents;
import dev.lekha.domain.inbound.InboundFiles;
import dev.lekha.mappings.payroll.inputs.InvalidPayrollFileException;
import dev.lekha.mappings.payroll.inputs.PayrollInputsFile;
import dev.lekha.mappings.payroll.inputs.PayrollInputsReader;
import dev.lekha.routes.drops.DropChannel;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.drops.DropRejectedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code payroll-inputs} drop: an XLSX workbook with sheets Attendance, Variable and/or Declarations, or a CSV
 * file named by its sheet, for the company whose PAN the file name starts with ({@code <companyPAN>_...}). The
 * employees must be in the master already (drop the employees file first). Stored all or nothing.
 */
@Configuration(proxyBeanMethods = false)
public class PayrollInputsDrop {

    public static final String CHANNEL = "payroll-inputs";

    @Bean
    DropChannel payrollInputsDropChannel(Companies companies, Employees employees, PayrollInputs inputs,
                                         SalaryComponents components, InboundFiles inboundFiles) {
        return new DropChannel(CHANNEL, (fileName, content) -> {
            long companyId = PayrollDropFiles.companyOf(companies, CHANNEL, fileName);
            PayrollInputsFile file;
            try {
                file = PayrollInputsReader.read(fileName, content, employees.known(companyId),
                        components.forCompany(companyId));
            } catch (InvalidPayrollFileException e) {
                throw new DropRejectedException(e.problems());
            }
            inputs.store(companyId, PayrollDropFiles.sourceFileId(inboundFiles, CHANNEL, content), file.attendance(),
                    file.inputs(), file.declarations());
            return new DropOutcome(file.size(), companyId);
        });
    }
}
