package dev.lekha.mappings.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.mappings.sheet.HeaderRow.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderRowTest {

    /** A small format: two required columns and an optional one, listed in this order to the user. */
    enum Column implements HeaderRow.Heading {
        ORDER_ID(true), NET_AMOUNT(true), CUSTOMER_NAME(false);

        private final boolean required;

        Column(boolean required) {
            this.required = required;
        }

        @Override
        public boolean required() {
            return required;
        }
    }

    @Test
    void findsColumnsInAnyOrderAndCaseWithSpacesForUnderscoresAndBlankHeadingsSkipped() {
        // given: headings out of order, mixed case, a space for the underscore, padding, a blank and a null heading
        List<String> header = Arrays.asList(" Net Amount ", "", "ORDER_ID", null, "customer name");

        // when
        HeaderRow<Column> row = HeaderRow.read(header, Column.class);

        // then: 0-based positions of the headings
        assertThat(row.problems()).isEmpty();
        assertThat(row.positions()).isEqualTo(Map.of(Column.NET_AMOUNT, 0, Column.ORDER_ID, 2, Column.CUSTOMER_NAME, 4));
    }

    @Test
    void anOptionalColumnMayBeAbsent() {
        HeaderRow<Column> row = HeaderRow.read(List.of("order_id", "net_amount"), Column.class);

        assertThat(row.problems()).isEmpty();
        assertThat(row.positions()).isEqualTo(Map.of(Column.ORDER_ID, 0, Column.NET_AMOUNT, 1));
    }

    @Test
    void reportsUnknownAndRepeatedHeadingsInRowOneThenMissingRequiredColumns() {
        // given: an unknown heading, order_id twice (differently written), net_amount missing
        List<String> header = List.of("order_id", " Discount ", "Order ID", "customer_name");

        // when
        HeaderRow<Column> row = HeaderRow.read(header, Column.class);

        // then: the first order_id counts; the problems in header order, then the missing column
        assertThat(row.positions()).isEqualTo(Map.of(Column.ORDER_ID, 0, Column.CUSTOMER_NAME, 3));
        assertThat(row.problems()).containsExactly(
                new Problem(1, "Discount", "unknown column; the columns are order_id, net_amount, customer_name"),
                new Problem(1, "Order ID", "the column appears twice; keep one"),
                new Problem(null, "net_amount", "required column is missing; add a column headed 'net_amount' to row 1"));
    }

    @Test
    void anEmptyHeaderRowMissesEveryRequiredColumn() {
        HeaderRow<Column> row = HeaderRow.read(Arrays.asList("", null, "  "), Column.class);

        assertThat(row.positions()).isEmpty();
        assertThat(row.problems()).containsExactly(
                new Problem(null, "order_id", "required column is missing; add a column headed 'order_id' to row 1"),
                new Problem(null, "net_amount", "required column is missing; add a column headed 'net_amount' to row 1"));
    }
}
