package org.tracseq.samples.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** CSV export cells: RFC 4180 quoting, and free text that cannot run as a spreadsheet formula. */
class CsvWriterTest {

    @Test
    void quotesOnlyWhatNeedsQuotingAndDoublesQuotes() throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null, ""));
        assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\r\n");
    }

    @Test
    void formulaLikeTextIsDefused() {
        assertThat(CsvWriter.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvWriter.text("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.text("@SUM")).isEqualTo("'@SUM");
        assertThat(CsvWriter.text("Blood 1")).isEqualTo("Blood 1");
    }
}
