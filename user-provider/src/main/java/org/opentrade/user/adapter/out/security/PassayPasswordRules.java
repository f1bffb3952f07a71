package org.opentrade.user.adapter.out.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opentrade.user.application.port.PasswordRules;
import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.Username;
import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.stereotype.Component;

/**
 * The password rules, checked by Passay: 8 to 72 characters (BCrypt reads at most 72 bytes, which {@link Password}
 * enforces), not one of the common passwords in {@value #COMMON_PASSWORDS} (whole and case-insensitive), not
 * containing the username forwards or backwards, no character four times in a row, no run of five in the alphabet,
 * the digits or a QWERTY row. Answers are our own sentences: Passay's would repeat the password (e.g. the dictionary
 * word it matched) into a message that may be logged.
 */
@Component
public class PassayPasswordRules implements PasswordRules {
    static final String COMMON_PASSWORDS = "passwords/common-passwords.txt";
    static final int LENGTH_MIN = Password.LENGTH_MIN;
    static final int LENGTH_MAX = Password.UTF8_BYTES_MAX;
    static final int REPEATED_CHARACTERS_MAX = 3;
    static final int SEQUENCE_LENGTH_MIN = 5;

    private static final Map<String, String> SENTENCES = Map.of(
            LengthRule.ERROR_CODE_MIN, "It must have at least " + LENGTH_MIN + " characters.",
            LengthRule.ERROR_CODE_MAX, "It must have at most " + LENGTH_MAX + " characters.",
            DictionaryRule.ERROR_CODE, "It is one of the most common passwords.",
            UsernameRule.ERROR_CODE, "It must not contain the username.",
            UsernameRule.ERROR_CODE_REVERSED, "It must not contain the username backwards.",
            RepeatCharacterRegexRule.ERROR_CODE, "It must not repeat a character more than "
                    + REPEATED_CHARACTERS_MAX + " times in a row.");
    private static final String SEQUENCE_SENTENCE = "It must not contain a run of " + SEQUENCE_LENGTH_MIN
            + " or more letters, digits or keyboard keys in order (e.g. 'abcde', '12345', 'qwert').";

    private final PasswordValidator validator;

    public PassayPasswordRules() {
        this.validator = new PasswordValidator(
                new LengthRule(LENGTH_MIN, LENGTH_MAX),
                new DictionaryRule(new WordListDictionary(commonPasswords())),
                new UsernameRule(true, true),
                new RepeatCharacterRegexRule(REPEATED_CHARACTERS_MAX + 1),
                new IllegalSequenceRule(EnglishSequenceData.Alphabetical, SEQUENCE_LENGTH_MIN, false),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, SEQUENCE_LENGTH_MIN, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, SEQUENCE_LENGTH_MIN, false));
    }

    @Override
    public List<String> broken(Username username, Password password) {
        RuleResult result = validator.validate(new PasswordData(username.value(), password.reveal()));
        if (result.isValid()) {
            return List.of();
        }
        Set<String> sentences = new LinkedHashSet<>();
        for (RuleResultDetail detail : result.getDetails()) {
            sentences.add(SENTENCES.getOrDefault(detail.getErrorCode(), SEQUENCE_SENTENCE));
        }
        return List.copyOf(sentences);
    }

    private static ArrayWordList commonPasswords() {
        try (InputStream in = PassayPasswordRules.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMMON_PASSWORDS);
            }
            List<String> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + COMMON_PASSWORDS, e);
        }
    }
}
