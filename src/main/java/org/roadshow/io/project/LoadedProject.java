package org.roadshow.io.project;

import org.roadshow.model.Project;

/**
 * A project read from disk. {@code readOnly} is set when the file was written by a newer Roadshow
 * ({@code formatVersion} above ours): it may be viewed, and saved only under another name.
 */
public record LoadedProject(Project project, int formatVersion, boolean readOnly, String readOnlyReason) {
}
