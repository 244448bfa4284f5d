package org.tracseq.contract.demo.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Shaped as openapi-generator writes a contract model: constraints on the getters. */
public class Amount {
    private BigDecimal value;
    private String unit;

    public Amount(BigDecimal value, String unit) {
        this.value = value;
        this.unit = unit;
    }

    @NotNull
    @DecimalMin("0")
    public BigDecimal getValue() {
        return value;
    }

    @NotNull
    public String getUnit() {
        return unit;
    }
}
