package io.github.perfeval.rectification;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a 整改事项's life, without Spring. */
class RectificationItemTest {

	private static RectificationItem item() {
		RectificationItem item = RectificationItem
			.generate(7, 3, 2024, List.of(new ProblemPairing.Pair("采购执行率偏低", "加强采购计划管理")), "filler")
			.get(0);
		events(item);
		return item;
	}

	private static List<Object> events(RectificationItem item) {
		List<Object> events = List.copyOf(item.pendingEvents());
		item.forgetPendingEvents();
		return events;
	}

	private static String code(Runnable act) {
		try {
			act.run();
		}
		catch (RectificationRefusedException ex) {
			return ex.code();
		}
		return null;
	}

	@Test
	void generationNumbersTheItemsAndRecordsItOnce() {
		List<RectificationItem> items = RectificationItem.generate(7, 3, 2024,
				List.of(new ProblemPairing.Pair("a", "x"), new ProblemPairing.Pair("b", "")), "filler");
		assertThat(items).extracting(RectificationItem::getPosition).containsExactly(1, 2);
		assertThat(items).extracting(RectificationItem::getStatus).containsOnly(RectificationStatus.NOT_STARTED);
		assertThat(events(items.get(0))).containsExactly(new RectificationEvent.Generated(7, "filler", 2));
		assertThat(events(items.get(1))).isEmpty();
		assertThat(code(() -> RectificationItem.generate(7, 3, 2024, List.of(), "filler"))).isEqualTo("noProblems");
	}

	@Test
	void anEditRecordsEachFieldThatChanged() {
		RectificationItem item = item();
		item.edit("filler", "采购执行率偏低", "加强采购计划管理", "财务科", LocalDate.of(2025, 6, 30), null, " ");
		assertThat(events(item)).containsExactly(new RectificationEvent.Edited(7, "filler", 1,
				List.of(new RectificationEvent.Change("office", null, "财务科"),
						new RectificationEvent.Change("deadline", null, "2025-06-30"))));
		item.edit("filler", "采购执行率偏低", "加强采购计划管理", "财务科", LocalDate.of(2025, 6, 30), null, null);
		assertThat(events(item)).as("nothing changed, nothing recorded").isEmpty();
		assertThat(code(() -> item.edit("filler", " ", "", null, null, null, null))).isEqualTo("problemRequired");
	}

	@Test
	void doneNeedsTheEvidenceNote() {
		RectificationItem item = item();
		item.moveTo("filler", RectificationStatus.IN_PROGRESS, 0);
		assertThat(code(() -> item.moveTo("filler", RectificationStatus.DONE, 0))).isEqualTo("doneNeedsEvidence");
		assertThat(item.getStatus()).isEqualTo(RectificationStatus.IN_PROGRESS);
		item.edit("filler", "采购执行率偏低", "加强采购计划管理", null, null, null, "《采购管理办法》（卫健〔2025〕3号）");
		item.moveTo("filler", RectificationStatus.DONE, 0);
		assertThat(item.getStatus()).isEqualTo(RectificationStatus.DONE);
		assertThat(events(item)).contains(
				new RectificationEvent.StatusMoved(7, "filler", 1, RectificationStatus.NOT_STARTED,
						RectificationStatus.IN_PROGRESS),
				new RectificationEvent.StatusMoved(7, "filler", 1, RectificationStatus.IN_PROGRESS,
						RectificationStatus.DONE));
	}

	@Test
	void aFileIsEnoughForDoneAndTheLastFileOfADoneItemWithoutTheNoteStays() {
		RectificationItem item = item();
		item.evidenceChanged("filler", null, "整改通知.pdf（1.2 KB）", 1);
		item.moveTo("filler", RectificationStatus.DONE, 1);
		assertThat(item.getStatus()).isEqualTo(RectificationStatus.DONE);
		assertThat(events(item)).first()
			.isEqualTo(new RectificationEvent.EvidenceChanged(7, "filler", 1, null, "整改通知.pdf（1.2 KB）"));
		assertThat(code(() -> item.evidenceChanged("filler", "整改通知.pdf（1.2 KB）", null, 0)))
			.isEqualTo("lastEvidenceOfDone");
		item.evidenceChanged("filler", null, "会议纪要.docx（8.0 KB）", 2);
		item.evidenceChanged("filler", "整改通知.pdf（1.2 KB）", null, 1);
		assertThat(events(item)).hasSize(2);

		RectificationItem noted = done();
		noted.evidenceChanged("filler", "整改通知.pdf（1.2 KB）", null, 0);
		noted.confirm("reviewer");
		assertThat(code(() -> noted.evidenceChanged("filler", null, "补充.pdf（1 KB）", 1))).isEqualTo("closed");
	}

	@Test
	void theFillerMayReopenADoneItemUntilItIsConfirmed() {
		RectificationItem item = done();
		item.moveTo("filler", RectificationStatus.IN_PROGRESS, 0);
		assertThat(item.getStatus()).isEqualTo(RectificationStatus.IN_PROGRESS);
	}

	@Test
	void onlyADoneItemIsConfirmedAndAConfirmedItemIsClosed() {
		RectificationItem item = item();
		assertThat(code(() -> item.confirm("reviewer"))).isEqualTo("confirmNotDone");
		RectificationItem done = done();
		done.confirm("reviewer");
		assertThat(done.isOpen()).isFalse();
		assertThat(done.getConfirmedBy()).isEqualTo("reviewer");
		assertThat(events(done)).containsExactly(new RectificationEvent.Confirmed(7, "reviewer", 1));
		assertThat(code(() -> done.confirm("reviewer"))).isEqualTo("closed");
		assertThat(code(() -> done.moveTo("filler", RectificationStatus.IN_PROGRESS, 0))).isEqualTo("closed");
		assertThat(code(() -> done.edit("filler", "改", "", null, null, null, "x"))).isEqualTo("closed");
		assertThat(code(() -> done.sendBack("reviewer", "再看看"))).isEqualTo("closed");
	}

	@Test
	void aReviewerSendsADoneItemBackWithAReason() {
		RectificationItem item = done();
		assertThat(code(() -> item.sendBack("reviewer", " "))).isEqualTo("reasonRequired");
		item.sendBack("reviewer", "佐证不足");
		assertThat(item.getStatus()).isEqualTo(RectificationStatus.IN_PROGRESS);
		assertThat(item.getReturnReason()).isEqualTo("佐证不足");
		assertThat(events(item)).containsExactly(new RectificationEvent.SentBack(7, "reviewer", 1, "佐证不足"));
		assertThat(code(() -> item.sendBack("reviewer", "again"))).isEqualTo("sendBackNotDone");
	}

	private static RectificationItem done() {
		RectificationItem item = item();
		item.edit("filler", "采购执行率偏低", "加强采购计划管理", "财务科", null, "已修订制度", "《采购管理办法》");
		item.moveTo("filler", RectificationStatus.DONE, 0);
		events(item);
		return item;
	}

}
