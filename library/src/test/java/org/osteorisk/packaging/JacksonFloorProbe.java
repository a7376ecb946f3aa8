package org.osteorisk.packaging;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.osteorisk.engine.Assessor;
import org.osteorisk.io.ProfileJson;
import org.osteorisk.io.ResultJson;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Profile;

/**
 * Run by {@link JacksonFloorIT} in a JVM whose class path holds the oldest supported Jackson: reads a profile, assesses
 * it, and sends profile and result both ways through the library's codecs and a plain ObjectMapper. Prints the Jackson
 * version and "ok", or fails.
 */
public final class JacksonFloorProbe {

    private JacksonFloorProbe() {
    }

    public static void main(String[] args) throws IOException {
        String json = "{\"id\": \"p1\", \"age\": 63, \"sex\": \"female\", \"menopausal\": true, \"calcium_mg\": 700,"
                + " \"vitamin_d_iu\": 200, \"serum_25ohd_ng_ml\": {\"value\": 40, \"unit\": \"nmol/L\"},"
                + " \"supplements\": [{\"nutrient\": \"calcium\", \"amount\": 500, \"unit\": \"mg\"}],"
                + " \"conditions\": [\"icd10cm:N18.31\"], \"medications\": [\"warfarin\"]}";
        ObjectMapper mapper = new ObjectMapper();
        Profile profile = ProfileJson.read(json);
        check(profile.equals(mapper.readValue(json, Profile.class)), "ObjectMapper reads the profile");
        check(profile.equals(ProfileJson.read(ProfileJson.toJson(profile))), "the profile writes and reads back");
        AssessmentResult result = Assessor.create().assess(profile);
        check(!result.findings().isEmpty(), "findings");
        String written = ResultJson.toJson(result);
        check(result.equals(ResultJson.read(written)), "the result reads back");
        check(mapper.readTree(written).equals(mapper.readTree(mapper.writeValueAsString(result))),
                "ObjectMapper writes the same shape");
        check(result.equals(mapper.readValue(written, AssessmentResult.class)), "ObjectMapper reads the result");
        System.out.println("jackson " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION + " ok");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
