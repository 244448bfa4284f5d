package org.tracseq.barcodes.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.barcodes.it.Fixtures.api;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.barcodes.domain.Barcode;
import org.tracseq.barcodes.render.Decoding;
import org.tracseq.platform.testing.TracSeqServer;

/** BC-3 over HTTP: each symbology as PNG and SVG that scan back to the barcode, and the ZPL label. */
class RenderingIT {
    private static final String BARCODE = new Barcode("TS", "DNA", LocalDate.of(2026, 11, 28), 1).text();

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @ParameterizedTest
    @ValueSource(strings = {"code128", "datamatrix", "qr"})
    void pngScansBackToTheBarcode(String symbology) {
        Response png = image("?symbology=" + symbology + "&format=png&size=400");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(Decoding.decode(Decoding.image(png.asByteArray())).getText()).isEqualTo(BARCODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"code128", "datamatrix", "qr"})
    void svgScansBackToTheBarcode(String symbology) {
        Response svg = image("?symbology=" + symbology + "&format=svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.asString()).contains("width=\"300\"");
        assertThat(Decoding.decode(Decoding.raster(Decoding.modules(svg.asString())))
                        .getText())
                .isEqualTo(BARCODE);
    }

    @Test
    void defaultsAreACode128Png() {
        Response png = image("");
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(Decoding.decode(Decoding.image(png.asByteArray())).getBarcodeFormat())
                .isEqualTo(com.google.zxing.BarcodeFormat.CODE_128);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?symbology=ean13", "?format=gif", "?size=49", "?size=2001", "?size=big", "?size="})
    void badRenderParametersAreProblems(String query) {
        assertProblem(image(query), 400);
    }

    @ParameterizedTest
    @CsvSource({"49, must be at least 50", "2001, must be at most 2000"})
    void aSizeOutside50To2000IsAProblemNamingSize(int size, String message) {
        Response refused = assertProblem(image("?size=" + size), 400);
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("size");
        assertThat(refused.jsonPath().getString("errors[0].message")).isEqualTo(message);
        assertThat(image("?size=" + (size < 50 ? 50 : 2000)).statusCode()).isEqualTo(200);
    }

    @Test
    void aBarcodeWithAWrongCheckCharacterIsNotDrawn() {
        String typo = BARCODE.substring(0, BARCODE.length() - 1) + (BARCODE.endsWith("A") ? "B" : "A");
        assertProblem(api().accept("*/*").get("/" + typo + "/image").andReturn(), 400);
        assertProblem(label().get("/" + typo + "/label").andReturn(), 400);
    }

    @Test
    void tubeLabelIsZplWithCode128AndEscapedText() {
        Response label = label().queryParam("line1", "Liver ^XZ biopsy")
                .queryParam("line2", "~ 4 °C")
                .get("/" + BARCODE + "/label")
                .andReturn();
        assertThat(label.statusCode()).isEqualTo(200);
        assertThat(label.contentType()).startsWith("text/plain");
        String zpl = label.asString();
        assertThat(zpl)
                .startsWith("^XA")
                .contains("^BC", "^FD" + BARCODE + "^FS", "Liver _5EXZ biopsy", "_7E 4 _C2_B0C");
        assertThat(zpl.indexOf("^XZ")).isEqualTo(zpl.lastIndexOf("^XZ"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"line1", "line2"})
    void tubeLabelLineLongerThan40CharactersIsAProblem(String line) {
        Response refused = assertProblem(
                label().queryParam(line, "x".repeat(41))
                        .get("/" + BARCODE + "/label")
                        .andReturn(),
                400);
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo(line);
        assertThat(refused.jsonPath().getString("errors[0].message")).isEqualTo("must be at most 40 characters");
        assertThat(label().queryParam(line, "x".repeat(40))
                        .get("/" + BARCODE + "/label")
                        .statusCode())
                .isEqualTo(200);
    }

    /** A printer driver asks for text; the refusals still come as problem+json. */
    private static RequestSpecification label() {
        return api().accept("text/plain, application/problem+json");
    }

    private static Response image(String query) {
        return api().accept("*/*").get("/" + BARCODE + "/image" + query).andReturn();
    }
}
