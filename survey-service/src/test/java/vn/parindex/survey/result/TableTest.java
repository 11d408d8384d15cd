package vn.parindex.survey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV the platform writes never hands a spreadsheet a formula. */
class TableTest {

    @Test
    void textThatASpreadsheetWouldEvaluateGetsAnApostropheAndNumbersStayNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Table.Sink sink = Table.csv(out, List.of("id", "text", "n", "x"), false)) {
            sink.row(Arrays.asList("r1", "=HYPERLINK(\"http://evil\",\"bấm\")", new BigDecimal("-5.25"), 3));
            sink.row(Arrays.asList("r2", "+84 912", null, -1));
            sink.row(Arrays.asList("r3", "@SUM(A1)", BigDecimal.ONE, 0));
            sink.row(Arrays.asList("r4", "-2+3", BigDecimal.ZERO, 0));
            sink.row(Arrays.asList("r5", "Bình thường - không sao", BigDecimal.TEN, 0));
        }
        assertEquals(List.of("id,text,n,x", "r1,\"'=HYPERLINK(\"\"http://evil\"\",\"\"bấm\"\")\",-5.25,3", "r2,'+84 912,,-1",
                "r3,'@SUM(A1),1,0", "r4,'-2+3,0,0", "r5,Bình thường - không sao,10,0"),
                out.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
