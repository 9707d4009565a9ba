package io.github.perfeval.account;

/** A token just created: its secret, shown this once, and the token as listed. */
public record CreatedToken(String secret, TokenSummary token) implements java.io.Serializable {
}
