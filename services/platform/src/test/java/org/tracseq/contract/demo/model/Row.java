package org.tracseq.contract.demo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class Row {
    private String name;
    private String code;
    private Amount amount;

    public Row(String name, String code, Amount amount) {
        this.name = name;
        this.code = code;
        this.amount = amount;
    }

    @NotNull
    @Size(min = 1, max = 5)
    public String getName() {
        return name;
    }

    @Pattern(regexp = "^[A-Z]{3}$")
    public String getCode() {
        return code;
    }

    @Valid
    public Amount getAmount() {
        return amount;
    }
}
