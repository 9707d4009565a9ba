package io.github.perfeval.evidence;

import io.github.perfeval.account.Viewer;

/**
 * The second kind of owner of 佐证材料: an item of an evaluation that holds files of its own
 * (a 整改事项), implemented by the module the item belongs to. The evidence module checks,
 * stores, lists and serves its files as it does the evaluation's (no leaf, at most
 * {@code perfeval.evidence.max-item-files} per item) and asks the owner who sees them,
 * who changes them now, and to record each change.
 */
public interface ItemEvidenceOwner {

	/**
	 * The kind of item, stored with each of its files (at most 16 characters, e.g.
	 * {@code RECTIFICATION}); one owner per kind.
	 */
	String kind();

	/**
	 * The item as the viewer sees it; {@link EvidenceNotFoundException} if the viewer may
	 * not see the evaluation or it has no such item.
	 */
	ItemScope scope(long evaluationId, long itemId, Viewer viewer);

	/**
	 * In the transaction of the change: checks that the viewer may change the item's
	 * files now, holds the item against a concurrent act (a confirmation) until the
	 * transaction ends, and records the change; {@link EvidenceRefusedException} (or the
	 * owner's own refusal) if not.
	 */
	void change(long evaluationId, long itemId, Viewer viewer, Change change);

	/**
	 * {@code changes} whether the viewer is one who changes the item's files (its
	 * department's filler, or an administrator), {@code editable} whether they may now.
	 */
	record ItemScope(long evaluationId, long itemId, boolean changes, boolean editable) {
	}

	/**
	 * A file added ({@code added}) or removed ({@code removed}), each as its name and
	 * size, and how many files the item has once the change is made.
	 */
	record Change(String removed, String added, long filesAfter) {
	}

}
