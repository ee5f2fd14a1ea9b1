package org.estatecare.subsidies.maintenance;

import java.util.List;

import org.estatecare.subsidies.audit.AuditExports;

/**
 * The maintenance-fund uses for the auditors (R-SUB-3), as CSV and XLSX with Chinese headers, the same columns as every
 * audit export of the platform; voided uses are included with their status, so an audit sees what was corrected.
 */
public final class FundUseExports {

    static final List<String> HEADERS = List.of("街道", "社区", "小区编号", "小区名称", "资金来源", "设施", "用途", "金额（元）", "支出日期",
            "批准单位", "批准文号", "批准日期", "发票号", "维修单位", "状态", "登记人", "登记编号");

    private FundUseExports() {
    }

    static List<Object> cells(FundUse use) {
        return List.of(use.street(), nonNull(use.community()), use.estateId().value(), nonNull(use.estateName()),
                use.fund().label(), use.facility().label(), use.purpose(), use.amount(), use.spentOn().toString(),
                use.approval().approvedBy(), use.approval().reference(), use.approval().approvedOn().toString(),
                use.invoiceReference(), nonNull(use.maintenanceUnit()), use.status().label(), use.recordedBy(),
                use.id().value());
    }

    public static byte[] csv(List<FundUse> uses) {
        return AuditExports.csv(HEADERS, uses.stream().map(FundUseExports::cells).toList());
    }

    public static byte[] xlsx(List<FundUse> uses) {
        return AuditExports.xlsx("维修资金使用明细", HEADERS, uses.stream().map(FundUseExports::cells).toList());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
