package dev.lekha.mappings.payroll.inputs;

import dev.lekha.domain.employee.EmployeeData;
import dev.lekha.domain.employee.SalaryStructureData;
import java.util.List;

/** What an {@code employees} drop file holds, checked: employees (Employees sheet) and structures (SalaryStructures). */
public record EmployeeMasterFile(List<EmployeeData> employees, List<SalaryStructureData> structures) {

    public EmployeeMasterFile {
        employees = List.copyOf(employees);
        structures = List.copyOf(structures);
    }
}
