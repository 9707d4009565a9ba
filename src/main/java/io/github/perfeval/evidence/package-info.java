/**
 * 佐证材料: the files a department attaches to an evaluation's leaves or to the evaluation as
 * a whole — PDF, images, Office and OFD documents, checked by their content, with
 * sanitised names — kept in PostgreSQL or a configured folder. The evaluation they belong
 * to says who may see and change them
 * ({@link io.github.perfeval.evidence.EvidenceOwner}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package io.github.perfeval.evidence;
