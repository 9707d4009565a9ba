package io.github.perfeval.evidence;

import java.util.List;

import io.github.perfeval.account.Viewer;

/**
 * What the evidence needs of the evaluation it belongs to, implemented by the evaluation
 * module: who may see it, whether its files may change now, its leaves, and the record of
 * each change on the evaluation.
 */
public interface EvidenceOwner {

	/**
	 * The evaluation as the viewer sees it; {@link EvidenceNotFoundException} if they may
	 * not see it.
	 */
	Scope scope(long evaluationId, Viewer viewer);

	/**
	 * Only whether the viewer may see the evaluation ({@link EvidenceNotFoundException}
	 * if not), for reading its files: no scoring.
	 */
	void requireVisible(long evaluationId, Viewer viewer);

	/**
	 * Checks that the viewer may change the evaluation's evidence now, holds the
	 * evaluation against a concurrent transition until the transaction ends, and records
	 * the change on it; {@link EvidenceRefusedException} if not.
	 */
	void change(long evaluationId, Viewer viewer, Change change);

	/**
	 * An evaluation's title, state and leaves; {@code fills} whether the viewer is one
	 * who changes its files (its filler, or an administrator), {@code editable} whether
	 * they may now.
	 */
	record Scope(long evaluationId, String departmentName, int year, String status, boolean fills, boolean editable,
			List<Leaf> leaves) {

		public Scope {
			leaves = List.copyOf(leaves);
		}

		public boolean hasLeaf(String code) {
			return leaves.stream().anyMatch(leaf -> leaf.code().equals(code));
		}

		public String leafName(String code) {
			return leaves.stream().filter(leaf -> leaf.code().equals(code)).map(Leaf::name).findFirst().orElse(null);
		}

	}

	/** A 三级指标 files can be attached to. */
	record Leaf(String code, String name) {
	}

	/**
	 * A file added ({@code added}) or deleted ({@code removed}), each as its name and
	 * size, on a leaf or (null) the evaluation as a whole.
	 */
	record Change(String leafCode, String removed, String added) {
	}

}
