package io.github.perfeval.account;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks an {@link AcceptablePassword} field with the {@link PasswordRule}. */
public class AcceptablePasswordValidator implements ConstraintValidator<AcceptablePassword, String> {

	@Override
	public boolean isValid(String password, ConstraintValidatorContext context) {
		Optional<String> problem = PasswordRule.problem(password);
		if (problem.isEmpty()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate("{" + problem.get() + "}").addConstraintViolation();
		return false;
	}

}
