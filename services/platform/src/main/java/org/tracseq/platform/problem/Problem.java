package org.tracseq.platform.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response. {@code rule} names the
 * DOMAIN.md rule a refused request broke (e.g. {@code SM-STATUS}) so a client can react to it.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "rule", "errors"})
public class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    private String type;
    private String title;
    private int status;
    private String detail;
    private String instance;
    private String rule;
    private List<FieldError> errors;

    public Problem() {}

    public Problem(
            String type,
            String title,
            int status,
            String detail,
            String instance,
            String rule,
            List<FieldError> errors) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.rule = rule;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getStatus() {
        return status;
    }

    public void setStatus(int status) {
        this.status = status;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public String getInstance() {
        return instance;
    }

    public void setInstance(String instance) {
        this.instance = instance;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public void setErrors(List<FieldError> errors) {
        this.errors = errors;
    }
}
