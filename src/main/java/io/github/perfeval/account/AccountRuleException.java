package io.github.perfeval.account;

/**
 * A change of users the rules forbid (disabling oneself, leaving no administrator); the
 * message code says which, in {@code messages.properties}.
 */
public class AccountRuleException extends RuntimeException {

	private final String messageCode;

	AccountRuleException(String messageCode) {
		super(messageCode);
		this.messageCode = messageCode;
	}

	public String messageCode() {
		return messageCode;
	}

}
