package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * The jackson-core set-up every reader of project files shares: a duplicate key is an error. It lives apart
 * from {@link ProjectJson} so that reading a file never builds the databind mapper (a costly cold start).
 */
final class ProjectJsonFactory {
    /** For reading only; the saving mapper gets a factory of its own from {@link #create()}. */
    static final JsonFactory FACTORY = create();

    private ProjectJsonFactory() {
    }

    static JsonFactory create() {
        return JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }
}
