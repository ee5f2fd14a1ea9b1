package org.estatecare.agreements.report.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;

import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.agreements.report.FeeCollection;
import org.estatecare.agreements.report.FeeFigures;
import org.estatecare.agreements.report.FeePublication;
import org.estatecare.agreements.report.Spending;
import org.springframework.web.util.HtmlUtils;

/** The printable notice (公示) of a fee publication, in Chinese, as residents read it on the notice board. */
final class PublicationNotice {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private PublicationNotice() {
    }

    static String html(FeePublication p) {
        FeeFigures f = p.figures();
        StringBuilder rows = new StringBuilder();
        for (FeeCollection m : p.months()) {
            rows.append("<tr><td>").append(esc(m.month())).append("</td><td>").append(m.householdsBilled()).append("</td><td>")
                    .append(m.householdsPaid()).append("</td><td>").append(m.amountBilled()).append("</td><td>")
                    .append(m.amountCollected()).append("</td><td>").append(percent(m.collectionRate())).append("</td></tr>\n");
        }
        rows.append("<tr class=\"total\"><td>合计</td><td>").append(f.householdsBilled()).append("</td><td>").append(f.householdsPaid())
                .append("</td><td>").append(f.amountBilled()).append("</td><td>").append(f.amountCollected()).append("</td><td>")
                .append(percent(f.collectionRate())).append("</td></tr>\n");
        StringBuilder uses = new StringBuilder();
        for (Spending use : p.uses()) {
            uses.append("<tr><td>").append(use.category().label()).append("</td><td>").append(use.amount()).append("</td><td>")
                    .append(use.note() == null ? "" : esc(use.note())).append("</td></tr>\n");
        }
        uses.append("<tr class=\"total\"><td>支出合计</td><td>").append(f.amountSpent()).append("</td><td></td></tr>\n");
        String published = DAY.format(p.publishedAt().atZone(Agreement.BUSINESS_ZONE));
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <title>%1$s物业服务费收缴及使用情况公示（%2$s）</title>
                <style>
                  body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 48em; color: #111; }
                  h1 { font-size: 1.5em; text-align: center; }
                  p.period { text-align: center; }
                  table { border-collapse: collapse; width: 100%%; margin: 1em 0; }
                  th, td { border: 1px solid #333; padding: .4em .6em; text-align: right; }
                  th:first-child, td:first-child { text-align: left; }
                  tr.total td { font-weight: bold; }
                  .stamp { margin-top: 3em; text-align: right; line-height: 2; }
                  @media print { body { margin: 0; } }
                </style>
                </head>
                <body>
                <h1>%1$s物业服务费收缴及使用情况公示</h1>
                <p class="period">公示期间：%2$s（%3$s至%4$s）</p>
                <h2>一、物业服务费收缴情况</h2>
                <table>
                <thead><tr><th>月份</th><th>应缴户数</th><th>实缴户数</th><th>应收金额（元）</th><th>实收金额（元）</th><th>收缴率</th></tr></thead>
                <tbody>
                %5$s</tbody>
                </table>
                <h2>二、物业服务费使用情况</h2>
                <table>
                <thead><tr><th>支出类别</th><th>金额（元）</th><th>说明</th></tr></thead>
                <tbody>
                %6$s</tbody>
                </table>
                <p>本季度实收 %7$s 元，支出 %8$s 元，结余 %9$s 元。居民如有疑问，可向社区居委会或服务企业咨询。</p>
                <div class="stamp">
                <div>服务企业：%10$s</div>
                <div>公示日期：%11$s</div>
                </div>
                </body>
                </html>
                """.formatted(esc(p.estateName()), p.quarter().label(), DAY.format(p.servedFrom()),
                DAY.format(p.servedTo()), rows, uses, f.amountCollected(), f.amountSpent(), f.balance(),
                esc(p.companyName()), published);
    }

    private static String percent(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP) + "%";
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
