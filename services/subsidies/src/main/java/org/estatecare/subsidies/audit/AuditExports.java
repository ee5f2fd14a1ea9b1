package org.estatecare.subsidies.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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

    static List<Object> cells(AllocationLine line) {
        return List.of(line.period().toString(), line.month().toString(), line.kind().label(), line.street(),
                line.community() == null ? "" : line.community(), line.estateId().value(), line.share().label(),
                line.recipient().kind().label(), line.recipient().code(), line.days(), line.amount(),
                line.reason() == null ? "" : line.reason().label(), String.join(" ", line.corrects()));
    }

    public static byte[] csv(List<AllocationLine> lines) {
        return csv(HEADERS, lines.stream().map(AuditExports::cells).toList());
    }

    public static byte[] xlsx(List<AllocationLine> lines) {
        return xlsx("补贴核拨明细", HEADERS, lines.stream().map(AuditExports::cells).toList());
    }

    /**
     * A table as CSV: a byte-order mark, the headers, one line per row. A cell is text, a whole number or an amount of
     * money ({@link BigDecimal}, written as it is, e.g. {@code 1296.30}).
     */
    public static byte[] csv(List<String> headers, List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", headers.stream().map(AuditExports::csvCell).toList())).append("\r\n");
        for (List<Object> row : rows) {
            csv.append(String.join(",", row.stream().map(AuditExports::text).map(AuditExports::csvCell).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same table as one XLSX sheet: whole numbers and amounts as numbers, amounts shown with two decimals. */
    public static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int r = 1;
            for (List<Object> cells : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < cells.size(); i++) {
                    Cell cell = row.createCell(i);
                    Object value = cells.get(i);
                    if (value instanceof Integer whole) {
                        cell.setCellValue(whole);
                    } else if (value instanceof BigDecimal amount) {
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    } else {
                        cell.setCellValue(text(value));
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

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal amount ? amount.toPlainString() : cell.toString();
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
