package io.github.perfeval.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A password field that must follow the {@link PasswordRule}; each way of breaking it has
 * its own message.
 */
@Documented
@Constraint(validatedBy = AcceptablePasswordValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

	String message() default "{password.tooShort}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
