package org.estatecare.agreements.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The unified social credit code's check character (GB 32100-2015), against codes published by real companies. */
class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43", // the example of the standard itself
            "914403001922038216", // Huawei Technologies Co., Ltd.
            "9144030071526726XG", // Shenzhen Tencent Computer Systems Co., Ltd.
            "91330100716105852F", // Alibaba (China) Co., Ltd.
            "91110000802100433B"})
    void publishedCodesAreValid(String code) {
        assertThat(CreditCode.problem(code)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y44, check character",   // one check character off
            "914403001922038217, check character",
            "91350100M000100Y4, 18 characters",      // too short
            "91350100M000100Y433, 18 characters",    // too long
            "91350100m000100Y43, not allowed",       // lower case
            "91350100M0001O0Y43, not allowed",       // the letter O is not in the alphabet
            "91350100I000100Y43, not allowed",       // nor is I
            "9135A100M000100Y43, administrative division"})
    void malformedCodesAreRefusedWithTheReason(String code, String reason) {
        assertThat(CreditCode.problem(code)).hasValueSatisfying(problem -> assertThat(problem).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91110000802100433"})
    void theCheckCharacterCompletesAValidCode(String first17) {
        assertThat(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17))).isTrue();
    }
}
