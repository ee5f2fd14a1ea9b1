package org.estatecare.agreements.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.estatecare.agreements.report.FeeQuarter;
import org.estatecare.kit.time.Quarter;
import org.estatecare.agreements.report.Spending;
import org.estatecare.agreements.report.SpendingCategory;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The notice residents read: the publication's numbers, and whatever text was typed shown as text, never as markup. */
class PublicationNoticeTest {

    static final Instant SECOND_OF_APRIL = Instant.parse("2026-04-02T02:00:00Z");

    static PublicationNotice notice() {
        // as the application's template engine is set up: templates/*.html, HTML, UTF-8
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        return new PublicationNotice(engine);
    }

    static FeeQuarter published(String estateName, String companyName, String note) {
        FeeQuarter quarter = FeeQuarter.open(new FeeQuarter.Stamp(new EstateId("e-1"), "chunhua", "chunhua-xinhua",
                new CompanyId("anju"), companyName, new AgreementId("a-1")), Quarter.parse("2026-Q1"));
        for (String month : List.of("2026-01", "2026-02", "2026-03")) {
            quarter.record(YearMonth.parse(month), new FeeQuarter.MonthFigures(480, 444, new BigDecimal("36000.00"),
                    new BigDecimal("33300.00")), "anju-staff", SECOND_OF_APRIL);
        }
        quarter.publish(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), estateName,
                List.of(new Spending(SpendingCategory.STAFF, new BigDecimal("60000.00"), note)), "anju-staff", SECOND_OF_APRIL);
        return quarter;
    }

    @Test
    void theNoticeShowsTheQuartersNumbersInChinese() {
        String html = notice().html(published("春华里", "安居物业服务有限公司", "保安、保洁人员工资"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>春华里物业服务费收缴及使用情况公示（2026年第1季度）</title>",
                "公示期间：2026年第1季度（2026年1月1日至2026年3月31日）", "<td>2026-02</td><td>480</td><td>444</td>",
                "<td>36000.00</td><td>33300.00</td><td>92.50%</td>", "<td>合计</td><td>1440</td><td>1332</td>", "<td>人员费用</td>",
                "结余 39900.00 元", "服务企业：安居物业服务有限公司", "公示日期：2026年4月2日");
    }

    @Test
    void typedTextIsEscapedNeverMarkup() {
        String html = notice().html(published("春华里</title><script>alert('estate')</script>",
                "安居 & <b onmouseover=\"alert(1)\">物业</b>", "<img src=x onerror=alert(document.cookie)>"));
        assertThat(html).doesNotContain("<script", "<img", "<b ", "</title><")
                .contains("春华里&lt;/title&gt;&lt;script&gt;alert(&#39;estate&#39;)&lt;/script&gt;",
                        "安居 &amp; &lt;b onmouseover=&quot;alert(1)&quot;&gt;物业&lt;/b&gt;",
                        "&lt;img src=x onerror=alert(document.cookie)&gt;");
    }
}
