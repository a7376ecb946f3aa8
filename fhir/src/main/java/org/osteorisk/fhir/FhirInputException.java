package org.osteorisk.fhir;

/** FHIR input that cannot be read at all (not FHIR R4 JSON, no Patient). Its message never quotes the input. */
public class FhirInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FhirInputException(String message) {
        super(message);
    }

    public FhirInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
