package dev.lekha.routes.payroll;

import dev.lekha.domain.company.Companies;
import dev.lekha.domain.employee.Employees;
import dev.lekha.domain.employee.SalaryComponents;
import dev.lekha.domain.inbound.InboundFiles;
import dev.lekha.mappings.payroll.inputs.EmployeeMasterFile;
import dev.lekha.mappings.payroll.inputs.EmployeeMasterReader;
import dev.lekha.mappings.payroll.inputs.InvalidPayrollFileException;
import dev.lekha.routes.drops.DropChannel;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.drops.DropRejectedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code employees} drop: an XLSX workbook with sheets Employees and/or SalaryStructures, or a CSV file named
 * by its sheet, for the company whose PAN the file name starts with ({@code <companyPAN>_...}). Every row is
 * checked first; the file is stored all or nothing (docs/payroll-inputs.md).
 */
@Configuration(proxyBeanMethods = false)
public class EmployeesDrop {

    public static final String CHANNEL = "employees";

    @Bean
    DropChannel employeesDropChannel(Companies companies, Employees employees, SalaryComponents components,
                                     InboundFiles inboundFiles) {
        return new DropChannel(CHANNEL, (fileName, content) -> {
            long companyId = PayrollDropFiles.companyOf(companies, CHANNEL, fileName);
            EmployeeMasterFile file;
            try {
                file = EmployeeMasterReader.read(fileName, content, employees.known(companyId),
                        components.forCompany(companyId));
            } catch (InvalidPayrollFileException e) {
                throw new DropRejectedException(e.problems());
            }
            employees.storeMaster(companyId,
                    PayrollDropFiles.sourceFileId(inboundFiles, CHANNEL, content), file.employees(), file.structures());
            return new DropOutcome(file.employees().size() + file.structures().size(), companyId);
        });
    }
}
