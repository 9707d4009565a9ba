package io.github.perfeval.evidence.web;

import io.github.perfeval.evidence.EvidenceRefusedException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The evidence pages' and API's texts: a refusal names the leaf (as the page names it:
 * code and name, or 整体自评) and the field, then says what is wrong.
 */
@Component
class EvidenceMessages {

	private final MessageSource messages;

	EvidenceMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	String refusal(EvidenceRefusedException ex) {
		String leaf = ex.leafCode() == null ? text("evidence.whole")
				: ex.leafName() == null ? ex.leafCode() : ex.leafCode() + " " + ex.leafName();
		return text("evidence.refused.format", leaf,
				text(ex.code().equals("unknownLeaf") ? "evidence.field.leaf" : "evidence.field.file"),
				text("evidence.refused." + ex.code(), ex.args()));
	}

}
