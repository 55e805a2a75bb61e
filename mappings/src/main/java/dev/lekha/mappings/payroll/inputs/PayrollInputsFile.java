package dev.lekha.mappings.payroll.inputs;

import dev.lekha.domain.employee.AttendanceData;
import dev.lekha.domain.employee.DeclarationData;
import dev.lekha.domain.employee.PayrollInputData;
import java.util.List;

/** What a {@code payroll-inputs} drop file holds, checked: Attendance, Variable and Declarations rows. */
public record PayrollInputsFile(List<AttendanceData> attendance, List<PayrollInputData> inputs,
                                List<DeclarationData> declarations) {

    public PayrollInputsFile {
        attendance = List.copyOf(attendance);
        inputs = List.copyOf(inputs);
        declarations = List.copyOf(declarations);
    }

    public int size() {
        return attendance.size() + inputs.size() + declarations.size();
    }
}
