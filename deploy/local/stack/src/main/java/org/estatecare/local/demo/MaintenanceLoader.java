package org.estatecare.local.demo;

import static org.estatecare.local.demo.DemoDataLoader.fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.estatecare.local.demo.HedongDistrict.Street;
import tools.jackson.databind.JsonNode;

/**
 * Who answers for maintenance in Hedong (R-MAINT-1, R-MAINT-2, R-STAFF-1): each street office's responsible person and
 * maintenance method, the units the district names for each street's shared facilities after the warranty, paths and
 * street lights; for the first included estates of each street the fire-equipment and lift units and each facility's warranty
 * (some over, some running); and a few uses of the maintenance funds. Whatever is there already is left as it is.
 */
final class MaintenanceLoader {

    /** A facility's warranty: so many years from the renovation's acceptance, and the unit bound by it. */
    record Warranty(String facility, int years, String unit) {
    }

    static final List<Warranty> WARRANTIES = List.of(new Warranty("ROOF_WATERPROOFING", 5, "津城建设集团"),
            new Warranty("WATER_AND_DRAINAGE", 2, "津城建设集团"), new Warranty("EXTERNAL_WALLS", 5, "津城建设集团"),
            new Warranty("PATH_BETWEEN_BUILDINGS", 2, "河东市政工程公司"), new Warranty("STAIRWELL_LIGHTING", 2, "津电安装公司"));
    static final int ESTATES_PER_STREET = 3;

    private final ApiClient district;
    private final LocalDate today;

    /** What one load added. */
    record Added(int streets, int estates, int fundUses) {
    }

    MaintenanceLoader(ApiClient district, LocalDate today) {
        this.district = district;
        this.today = today;
    }

    Added load(List<Street> streets, List<JsonNode> estates) {
        int streetsAdded = 0;
        for (Street street : streets) {
            streetsAdded += nameStreetDuties(street) ? 1 : 0;
        }
        int estatesNamed = 0;
        int fundUses = 0;
        for (Street street : streets) {
            List<JsonNode> first = estates.stream().filter(e -> e.path("street").asString().equals(street.code()))
                    .filter(e -> e.path("status").path("code").asString().equals("INCLUDED"))
                    .filter(e -> !e.path("renovation").path("acceptedOn").isMissingNode()
                            && !e.path("renovation").path("acceptedOn").isNull())
                    .limit(ESTATES_PER_STREET).toList();
            for (int i = 0; i < first.size(); i++) {
                JsonNode estate = first.get(i);
                estatesNamed += nameMaintenance(estate) ? 1 : 0;
                if (i == 0) {
                    fundUses += recordFundUse(street, estate) ? 1 : 0;
                }
            }
        }
        return new Added(streetsAdded, estatesNamed, fundUses);
    }

    private boolean nameStreetDuties(Street street) {
        String path = "/api/streets/" + street.code();
        JsonNode duties = district.get(path + "/duties");
        if (!duties.path("responsiblePersons").isEmpty()) {
            return false;
        }
        district.put(path + "/responsible-person", fields("name", street.name().replace("街道", "") + "长效管理负责人",
                "position", street.name() + "办事处副主任", "workPhone", "022-2431" + String.format("%04d", Math.abs(street.code().hashCode()) % 10000),
                "appointedOn", "2025-01-06"));
        district.put(path + "/maintenance-method", fields("title", street.name() + "老旧小区维修养护办法",
                "reference", street.name().replace("街道", "") + "街发〔2025〕3号", "effectiveFrom", "2025-03-01",
                "summary", "报修24小时内响应；保修期内由保修单位维修，保修期满后由街道委托维修单位维修，维修资金按规定审批使用。"));
        district.put(path + "/district-maintenance-units", fields("sharedFacilitiesUnit", "河东区房屋维修中心",
                "pathsUnit", "河东区市政养护所", "streetLightsUnit", "河东区路灯管理所", "effectiveFrom", "2025-01-01",
                "decisionReference", "东政发〔2025〕12号"));
        return true;
    }

    private boolean nameMaintenance(JsonNode estate) {
        if (!estate.path("maintenance").path("warranties").isEmpty()) {
            return false;
        }
        LocalDate accepted = LocalDate.parse(estate.path("renovation").path("acceptedOn").asString());
        List<Map<String, Object>> warranties = new ArrayList<>();
        for (Warranty warranty : WARRANTIES) {
            warranties.add(fields("facility", warranty.facility(), "endsOn", accepted.plusYears(warranty.years()).toString(),
                    "unit", warranty.unit()));
        }
        district.post("/api/estates/" + estate.path("id").asString() + "/maintenance", fields(
                "fireEquipmentUnit", "河东区消防设施维保中心", "liftUnit", "河东电梯维保有限公司",
                "sharedFacilityWarrantyEndsOn", accepted.plusYears(2).toString(), "warranties", warranties,
                "documents", List.of("东民维〔2025〕8号")));
        return true;
    }

    /** One repair of the paths between buildings paid by the district's fund, for the street's first estate. */
    private boolean recordFundUse(Street street, JsonNode estate) {
        String estateId = estate.path("id").asString();
        if (district.get("/api/maintenance-fund-uses?estateId=" + estateId).path("page").path("totalElements").asLong() > 0) {
            return false;
        }
        LocalDate spent = today.minusDays(20);
        district.post("/api/maintenance-fund-uses", fields("estateId", estateId, "fund", "DISTRICT",
                "facility", "PATH_BETWEEN_BUILDINGS", "purpose", "修补楼间甬路破损路面约120平方米", "amount", new java.math.BigDecimal("18600.00"),
                "spentOn", spent.toString(), "approval", fields("approvedBy", "河东区住房和建设委员会",
                        "reference", "东住建维〔" + spent.getYear() + "〕" + (Math.abs(street.code().hashCode()) % 90 + 10) + "号",
                        "approvedOn", spent.minusDays(10).toString()),
                "invoiceReference", "HD-FP-" + estateId, "maintenanceUnit", "河东区市政养护所"));
        return true;
    }
}
