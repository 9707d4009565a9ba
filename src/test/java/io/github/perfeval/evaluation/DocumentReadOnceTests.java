package io.github.perfeval.evaluation;

import java.util.Set;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read-only request builds an evaluation's document once for all its parts, a new
 * transaction builds it anew, and a transaction that writes never reuses one: a save
 * reads what it stored.
 */
@PostgresIntegrationTest
class DocumentReadOnceTests {

	@Autowired
	EvaluationService evaluations;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	PlatformTransactionManager transactions;

	Viewer admin = new Viewer("admin", "admin", Role.ADMIN, Set.of());

	long id;

	@BeforeEach
	void importLuohu() {
		users.reset();
		id = evaluations
			.importDocument(json.readValue(SeedCases.completeText(SeedCases.LUOHU), EvaluationDocument.class), admin,
					false)
			.evaluation()
			.id();
	}

	@Test
	void aReadOnlyTransactionBuildsTheDocumentOnce() {
		TransactionTemplate reads = new TransactionTemplate(transactions);
		reads.setReadOnly(true);

		EvaluationDocument[] inOne = reads.execute(
				status -> new EvaluationDocument[] { evaluations.export(id, admin), evaluations.export(id, admin) });
		EvaluationDocument inAnother = reads.execute(status -> evaluations.export(id, admin));

		assertThat(inOne[1]).isSameAs(inOne[0]);
		assertThat(inAnother).isNotSameAs(inOne[0]).isEqualTo(inOne[0]);
		assertThat(inOne[0].indicators()).containsKey("2.1.1");
	}

	@Test
	void aTransactionThatWritesBuildsItEachTime() {
		TransactionTemplate writes = new TransactionTemplate(transactions);

		EvaluationDocument[] inOne = writes.execute(
				status -> new EvaluationDocument[] { evaluations.export(id, admin), evaluations.export(id, admin) });

		assertThat(inOne[1]).isNotSameAs(inOne[0]).isEqualTo(inOne[0]);
	}

}
