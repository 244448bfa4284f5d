package org.tracseq.contract.demo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public class Sheet {
    private List<@Valid Row> rows;

    public Sheet(List<Row> rows) {
        this.rows = rows;
    }

    @NotNull
    @Size(min = 1, max = 3)
    public List<@Valid Row> getRows() {
        return rows;
    }
}
