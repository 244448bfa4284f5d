package org.tracseq.contract.demo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tracseq.platform.web.ContractConstraints;

public class Row {
    private String name;
    private String code;
    private String label;
    private Amount amount;

    public Row(String name, String code, Amount amount) {
        this(name, code, null, amount);
    }

    public Row(String name, String code, String label, Amount amount) {
        this.name = name;
        this.code = code;
        this.label = label;
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

    @Pattern(regexp = ContractConstraints.NOT_BLANK)
    public String getLabel() {
        return label;
    }

    @Valid
    public Amount getAmount() {
        return amount;
    }
}
