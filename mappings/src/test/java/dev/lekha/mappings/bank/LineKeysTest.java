package dev.lekha.mappings.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineKeysTest {

    static BankStatementLine line(int row, String date, String amount, Direction d, String narration, String ref) {
        return new BankStatementLine(row, LocalDate.parse(date), null, new BigDecimal(amount), d, narration, ref, null, null);
    }

    @Test
    void identicalLinesInOneStatementGetTheirOwnKeysAndTheSameLinesElsewhereTheSameKeys() {
        BankStatementLine fee = line(1, "2024-06-04", "118.00", Direction.DR, "SMS ALERT CHARGES", null);
        BankStatementLine again = line(2, "2024-06-04", "118.00", Direction.DR, "SMS  alert charges ", null);
        BankStatementLine other = line(3, "2024-06-04", "118.00", Direction.CR, "SMS ALERT CHARGES", null);

        List<String> first = LineKeys.of(List.of(fee, again, other));
        // the next statement repeats the two fees (row numbers and balances differ, the movement does not)
        List<String> next = LineKeys.of(List.of(line(7, "2024-06-04", "118.00", Direction.DR, "SMS ALERT CHARGES", null),
                line(8, "2024-06-04", "118.00", Direction.DR, "SMS ALERT CHARGES", null)));

        assertThat(first).doesNotHaveDuplicates().allMatch(k -> k.matches("[0-9a-f]{64}"));
        assertThat(next).containsExactly(first.get(0), first.get(1));
    }

    @Test
    void theKeyIsTheSha256OfTheDocumentedFields() {
        // echo -n '2024-06-04|DR|118.00|CHQ1|SMS ALERT CHARGES|1' | sha256sum
        assertThat(LineKeys.of(List.of(line(1, "2024-06-04", "118", Direction.DR, " sms alert  charges", "chq1"))))
                .containsExactly("6ce41e4dcc1bc716fca3bc7f73bb6d7d83e438fa19f09700af7fefeadd541f10");
    }
}
