package org.estatecare.subsidies.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.estatecare.subsidies.run.AllocationLine;

/**
 * A run's lines for the auditors (R-SUB-3), as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the
 * Chinese headers) and as XLSX, with the same Chinese headers and columns. Text that a spreadsheet would take for a
 * formula is written as text.
 */
public final class AuditExports {

    static final List<String> HEADERS = List.of("核拨期间", "所属月份", "类型", "街道", "社区", "小区编号", "补贴类别", "接收方类型",
            "接收方", "天数", "金额（元）", "调整原因", "更正的明细");

    private AuditExports() {
    }

    static List<String> cells(AllocationLine line) {
        return List.of(line.period().toString(), line.month().toString(), line.kind().label(), line.street(),
                line.community() == null ? "" : line.community(), line.estateId().value(), line.share().label(),
                line.recipient().kind().label(), line.recipient().code(), Integer.toString(line.days()),
                line.amount().toPlainString(), line.reason() == null ? "" : line.reason().label(),
                String.join(" ", line.corrects()));
    }

    public static byte[] csv(List<AllocationLine> lines) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", HEADERS.stream().map(AuditExports::csvCell).toList())).append("\r\n");
        for (AllocationLine line : lines) {
            csv.append(String.join(",", cells(line).stream().map(AuditExports::csvCell).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<AllocationLine> lines) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("补贴核拨明细");
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            int r = 1;
            for (AllocationLine line : lines) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(line);
                for (int i = 0; i < cells.size(); i++) {
                    Cell cell = row.createCell(i);
                    if (i == 9) {
                        cell.setCellValue(line.days());
                    } else if (i == 10) {
                        cell.setCellValue(line.amount().doubleValue());
                        cell.setCellStyle(money);
                    } else {
                        cell.setCellValue(cells.get(i));
                    }
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quoted when it must be; a leading = + - @ of text is neutralised so no spreadsheet runs it. */
    static String csvCell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+") ? "'" + value
                : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
