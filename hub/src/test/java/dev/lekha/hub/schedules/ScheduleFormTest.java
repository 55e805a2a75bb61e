package dev.lekha.hub.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleFormTest {

    @Test
    void parametersAreOneNameValueALine() {
        var form = new ScheduleForm(" gstr1-monthly ", "gstr1", "1", "gstin=27AAACL1234C1Z5\r\n\nperiod = 112025\n",
                "0 0 2 1 * ?", "Asia/Kolkata", "on");

        var request = form.toRequest();

        assertThat(request).isEqualTo(new ScheduleRequest("gstr1-monthly", "gstr1", 1L,
                Map.of("gstin", "27AAACL1234C1Z5", "period", "112025"), "0 0 2 1 * ?", "Asia/Kolkata", true));
    }

    @Test
    void anUncheckedBoxMeansDisabled() {
        var form = new ScheduleForm("a", "gstr1", "1", "", "0 0 2 * * ?", "", null);

        assertThat(form.toRequest().enabled()).isFalse();
    }

    @Test
    void badLinesAndCompanyIdsAreNamed() {
        var form = new ScheduleForm("a", "gstr1", "one", "period=112025\ngstin", "0 0 2 * * ?", "", "true");

        assertThatThrownBy(form::toRequest)
                .isInstanceOfSatisfying(InvalidScheduleException.class, e -> assertThat(e.problems()).containsExactly(
                        Map.entry("companyId", "company id 'one' is not a number"),
                        Map.entry("params", "parameter line 2 'gstin' is not name=value")));
    }

    @Test
    void aStoredScheduleFillsTheEditForm() {
        var schedule = new Schedule("s", "gstr1", 3, Map.of("period", "112025", "gstin", "X"), "0 0 2 * * ?",
                ZoneId.of("UTC"), false, null);

        assertThat(ScheduleForm.of(schedule)).isEqualTo(
                new ScheduleForm("s", "gstr1", "3", "gstin=X\nperiod=112025", "0 0 2 * * ?", "UTC", "false"));
    }
}
