/**
 * The oracle for the project file reader: the hand-written jackson-core reader (ProjectReader, DtoReader,
 * JsonValues, IsoTimes) with the DTOs, checks and error wording it read into, copied unchanged except for
 * the package, {@link org.roadshow.io.project.oracle.OracleProjectFile} (only its reading half) and the
 * DTOs' {@code from} methods (saving is shared and not part of the comparison). The differential test reads
 * every file variant with it and with {@link org.roadshow.io.project.ProjectFile} and expects the same result.
 */
package org.roadshow.io.project.oracle;
