package org.osteorisk.example.boot;

import java.util.List;
import java.util.Map;

import org.osteorisk.engine.Assessor;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Profile;
import org.osteorisk.model.ProfileValidationException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /assessments} with a profile (docs/schema/profile.schema.json) answers its assessment
 * (docs/schema/assessment-result.schema.json): the library's types are Jackson-serialisable as they are.
 */
@RestController
class AssessmentController {

    private final Assessor assessor;

    AssessmentController(Assessor assessor) {
        this.assessor = assessor;
    }

    @PostMapping("/assessments")
    AssessmentResult assess(@RequestBody Profile profile) {
        return assessor.assess(profile);
    }

    /** A profile that is not valid: 400 with every problem, by field; the messages never quote health values. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> notReadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof ProfileValidationException invalid) {
            List<Map<String, String>> problems = invalid.problems().stream()
                    .map(p -> Map.of("field", p.field() == null ? "" : p.field(), "message", p.message())).toList();
            return ResponseEntity.badRequest().body(Map.of("problems", problems));
        }
        return ResponseEntity.badRequest().body(Map.of("problems",
                List.of(Map.of("field", "", "message", "not a JSON profile"))));
    }
}
