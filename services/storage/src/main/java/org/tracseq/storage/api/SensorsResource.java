package org.tracseq.storage.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tracseq.contract.storage.api.SensorsApi;
import org.tracseq.contract.storage.model.AlertPage;
import org.tracseq.contract.storage.model.CustodyNote;
import org.tracseq.contract.storage.model.ReadingBatch;
import org.tracseq.contract.storage.model.ReadingBatchEntry;
import org.tracseq.contract.storage.model.ReadingBatchResult;
import org.tracseq.contract.storage.model.ReadingCreate;
import org.tracseq.contract.storage.model.ReadingPage;
import org.tracseq.contract.storage.model.ReadingResult;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.storage.domain.AlertFilter;
import org.tracseq.storage.service.SensorService;

/** Sensors (ST-9): readings, alerts, acknowledgement. */
@Path("")
@RequestScoped
public class SensorsResource implements SensorsApi {
    private static final Map<String, AlertFilter> ALERT_STATES =
            Arrays.stream(AlertFilter.values()).collect(Collectors.toMap(AlertFilter::wireValue, filter -> filter));

    @Inject
    SensorService sensors;

    @Context
    SecurityContext security;

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response recordReading(UUID locationId, ReadingCreate body) {
        Bodies.required(body);
        var problems = ValidationProblem.collector();
        hundredths(problems, "temperature", body.getTemperature());
        problems.throwIfAny();
        var recorded = sensors.record(
                        List.of(new SensorService.ReadingDraft(
                                locationId,
                                body.getTemperature(),
                                body.getSensorId(),
                                body.getMeasuredAt() == null
                                        ? null
                                        : body.getMeasuredAt().toInstant())),
                        Actors.of(security))
                .get(0);
        return Response.status(Response.Status.CREATED)
                .entity(new ReadingResult()
                        .reading(StorageMapper.reading(recorded.reading()))
                        .alert(recorded.alert() == null ? null : StorageMapper.alert(recorded.alert())))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response recordReadings(ReadingBatch body) {
        Bodies.required(body);
        List<ReadingBatchEntry> rows = body.getReadings();
        var problems = ValidationProblem.collector();
        List<SensorService.ReadingDraft> drafts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReadingBatchEntry row = rows.get(i);
            if (row == null) {
                problems.add("readings[" + i + "]", "is empty");
                continue;
            }
            hundredths(problems, "readings[" + i + "].temperature", row.getTemperature());
            drafts.add(new SensorService.ReadingDraft(
                    row.getUnitId(),
                    row.getTemperature(),
                    row.getSensorId(),
                    row.getMeasuredAt() == null ? null : row.getMeasuredAt().toInstant()));
        }
        problems.throwIfAny();
        var recorded = sensors.record(drafts, Actors.of(security));
        var alerts = recorded.stream()
                .filter(r -> r.alert() != null)
                .collect(java.util.stream.Collectors.toMap(
                        r -> r.alert().id(), r -> r.alert(), (a, b) -> b, java.util.LinkedHashMap::new))
                .values()
                .stream()
                .map(StorageMapper::alert)
                .toList();
        return Response.status(Response.Status.CREATED)
                .entity(new ReadingBatchResult().recorded(recorded.size()).alerts(alerts))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listReadings(UUID locationId, Integer page, Integer size) {
        var found = sensors.readings(locationId, PageRequest.inFixedOrder(page, size));
        return Response.ok(new ReadingPage()
                        .items(found.items().stream()
                                .map(StorageMapper::reading)
                                .toList())
                        .page(found.page())
                        .size(found.size())
                        .total(found.total()))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listAlerts(String state, Integer page, Integer size) {
        PageRequest request = PageRequest.inFixedOrder(page, size);
        String which = state == null ? "open" : state;
        ValidationProblem.collector()
                .check(ALERT_STATES.containsKey(which), "state", "must be open, acknowledged or all")
                .throwIfAny();
        var found = sensors.alerts(ALERT_STATES.get(which), request);
        return Response.ok(new AlertPage()
                        .items(found.items().stream().map(StorageMapper::alert).toList())
                        .page(found.page())
                        .size(found.size())
                        .total(found.total()))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response acknowledgeAlert(UUID alertId, CustodyNote body) {
        String note = body == null ? null : body.getNote();
        return Response.ok(StorageMapper.alert(sensors.acknowledge(alertId, note, Actors.of(security))))
                .build();
    }

    /**
     * The contract's {@code multipleOf: 0.01}, which openapi-generator does not write as a Bean Validation
     * constraint (its range and presence are checked on arrival); the store keeps hundredths.
     */
    private static void hundredths(ValidationProblem.Collector problems, String field, BigDecimal temperature) {
        problems.check(
                temperature == null || temperature.stripTrailingZeros().scale() <= 2,
                field,
                "must be a multiple of 0.01");
    }
}
