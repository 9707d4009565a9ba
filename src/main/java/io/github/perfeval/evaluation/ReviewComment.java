package io.github.perfeval.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * 审核意见 on a leaf (or the evaluation, {@code code} null) in one round of review, and the
 * filler's one answer to it (情况说明). Part of the {@link Evaluation} aggregate, which alone
 * changes it.
 */
@Entity
class ReviewComment {

	/** A reviewer's remark, or the reason of an 调整得分. */
	enum Kind {

		COMMENT, OVERRIDE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "evaluation_id")
	private Long evaluationId;

	private String code;

	private String author;

	private String body;

	private int round;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String reply;

	private String repliedBy;

	private Instant repliedAt;

	private Instant createdAt = Instant.now();

	protected ReviewComment() {
	}

	ReviewComment(Long evaluationId, String code, String author, String body, int round, Kind kind) {
		this.evaluationId = evaluationId;
		this.code = code;
		this.author = author;
		this.body = body;
		this.round = round;
		this.kind = kind;
	}

	Long getId() {
		return id;
	}

	int getRound() {
		return round;
	}

	boolean isAnswered() {
		return reply != null;
	}

	void answer(String actor, String text, Instant at) {
		this.reply = text;
		this.repliedBy = actor;
		this.repliedAt = at;
	}

	ReviewNote note() {
		return new ReviewNote(id, code, author, body, round, kind.name(), createdAt, reply, repliedBy, repliedAt);
	}

}
