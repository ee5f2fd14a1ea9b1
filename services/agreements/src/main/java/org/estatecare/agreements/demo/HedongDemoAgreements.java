package org.estatecare.agreements.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.agreements.agreement.AgreementService;
import org.estatecare.agreements.agreement.Agreements;
import org.estatecare.agreements.agreement.BasicServices;
import org.estatecare.agreements.agreement.ExtraService;
import org.estatecare.agreements.company.Companies;
import org.estatecare.agreements.company.CompanyService;
import org.estatecare.agreements.company.ServiceCompany;
import org.estatecare.agreements.fee.EstateClass;
import org.estatecare.agreements.fee.Fee;
import org.estatecare.agreements.fee.FeeBasis;
import org.estatecare.agreements.fee.FeeStandards;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.agreements.report.Quarter;
import org.estatecare.agreements.report.ReportService;
import org.estatecare.agreements.report.Spending;
import org.estatecare.agreements.report.SpendingCategory;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo district's companies, fee standards and agreements, made through the same commands a user
 * would call (as the district), so histories and events are real. Estates arrive from the registry's
 * demo on estates.v1; each pass signs agreements for the demo estates that take one and have none,
 * except in community chunhua-xinhua (left for the README tour), and publishes the third quarter of
 * 2026. A later
 * start, or pass, finds what is there and adds nothing.
 */
@Component
@ConditionalOnProperty(name = "estatecare.demo-data.enabled", havingValue = "true")
class HedongDemoAgreements {

    private static final Logger log = LoggerFactory.getLogger(HedongDemoAgreements.class);
    /** The registry's demo names its 60 estates this way. */
    private static final int ESTATES = 60;
    private static final Caller DISTRICT = new Caller("demo-data", "demo-data", Set.of(Role.DISTRICT_ADMIN), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
    private static final Quarter PUBLISHED = Quarter.parse("2026-Q3");
    private static final String LEFT_FOR_THE_TOUR = "chunhua-xinhua";

    record DemoCompany(String id, String name, String creditCode, String representative) {
    }

    static final List<DemoCompany> COMPANIES = List.of(
            new DemoCompany("anju", "天津安居物业服务有限公司", "91120102MA05KXXX1Y", "王安居"),
            new DemoCompany("hexie", "天津和谐物业管理有限公司", "91120102MA05KXXY10", "李和谐"),
            new DemoCompany("minsheng", "天津民生物业服务有限公司", "91120102MA05KXXU1W", "张民生"));

    private final CompanyService companyService;
    private final Companies companies;
    private final FeeStandards standards;
    private final EstateTimelines estates;
    private final Agreements agreements;
    private final AgreementService agreementService;
    private final ReportService reports;
    private boolean done;
    private int passes;
    /** 15 s apart: two minutes for the last estates' inclusion and committee events to arrive. */
    private static final int SETTLING_PASSES = 8;

    HedongDemoAgreements(CompanyService companyService, Companies companies, FeeStandards standards, EstateTimelines estates,
                         Agreements agreements, AgreementService agreementService, ReportService reports) {
        this.companyService = companyService;
        this.companies = companies;
        this.standards = standards;
        this.estates = estates;
        this.agreements = agreements;
        this.agreementService = agreementService;
        this.reports = reports;
    }

    @Scheduled(initialDelayString = "5s", fixedDelayString = "15s")
    void pass() {
        if (done) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-data", null,
                List.of(new SimpleGrantedAuthority(Role.DISTRICT_ADMIN.authority()))));
        try {
            basics();
            int waiting = 0;
            int signed = 0;
            for (int i = 0; i < ESTATES; i++) {
                Optional<EstateTimeline> estate = estates.find(estateId(i));
                if (estate.isEmpty()) {
                    waiting++;
                } else if (!LEFT_FOR_THE_TOUR.equals(estate.get().community()) && estate.get().companyModeOn(Agreement.today(java.time.Instant.now()))
                        && agreements.signedFor(estate.get().estateId()).isEmpty()) {
                    agreeFor(i, estate.get());
                    signed++;
                }
            }
            // the registry's demo announces each estate in several events: keep looking for a while after all arrived
            passes++;
            done = waiting == 0 && passes >= SETTLING_PASSES;
            if (signed > 0) {
                log.info("demo agreements signed: {}", signed);
            }
        } catch (RuntimeException e) {
            log.warn("demo agreements: {} (tried again later)", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void basics() {
        for (DemoCompany c : COMPANIES) {
            if (companies.find(c.id(), new Criteria()).isEmpty()) {
                companyService.register(c.id(), new ServiceCompany.Facts(c.name(), c.creditCode(), c.representative(),
                        "天津市河东区", List.of(new ServiceCompany.Contact("客服中心", "24小时服务热线", "022-2430000" + COMPANIES.indexOf(c)))),
                        DISTRICT);
            }
        }
        if (standards.list(null, null, null).isEmpty()) {
            LocalDate from = LocalDate.of(2023, 1, 1);
            standards.set(EstateClass.CLASS_1, FeeBasis.PER_SQUARE_METRE_MONTH, bd("1.20"), bd("2.00"), from, "河东区物业服务收费标准", DISTRICT);
            standards.set(EstateClass.CLASS_2, FeeBasis.PER_SQUARE_METRE_MONTH, bd("0.80"), bd("1.50"), from, "河东区物业服务收费标准", DISTRICT);
            standards.set(EstateClass.CLASS_3, FeeBasis.PER_SQUARE_METRE_MONTH, bd("0.50"), bd("1.00"), from, "河东区物业服务收费标准", DISTRICT);
            standards.set(EstateClass.CLASS_1, FeeBasis.PER_HOUSEHOLD_MONTH, bd("60"), bd("120"), from, "河东区物业服务收费标准", DISTRICT);
            standards.set(EstateClass.CLASS_2, FeeBasis.PER_HOUSEHOLD_MONTH, bd("40"), bd("90"), from, "河东区物业服务收费标准", DISTRICT);
            standards.set(EstateClass.CLASS_3, FeeBasis.PER_HOUSEHOLD_MONTH, bd("20"), bd("60"), from, "河东区物业服务收费标准", DISTRICT);
        }
    }

    private void agreeFor(int i, EstateTimeline estate) {
        EstateClass estateClass = EstateClass.values()[i % 3 == 0 ? 1 : 2];
        String company = "chunhua".equals(estate.street()) ? "anju" : COMPANIES.get(i % COMPANIES.size()).id();
        LocalDate start = estate.includedFrom();
        standards.classify(estate.estateId(), estateClass, start, DISTRICT);
        Fee fee = new Fee(FeeBasis.PER_SQUARE_METRE_MONTH, estateClass == EstateClass.CLASS_2 ? bd("1.10") : bd("0.80"));
        var services = new BasicServices(new BasicServices.GateDuty(24, 1 + i % 2), new BasicServices.Patrol(3 + i % 3),
                new BasicServices.Cleaning(7, "楼道、道路、绿地；协助垃圾分类"), new BasicServices.Parking("施划停车位，清理僵尸车"));
        Agreement draft = agreementService.draft(estate.estateId(), new AgreementService.Draft(company, start, start.plusYears(3).minusDays(1),
                services, List.of(new ExtraService("代收快递", "门岗代收快递", BigDecimal.ZERO, "次"),
                        new ExtraService("家政保洁", "入户保洁，预约服务", bd("35.00"), "小时")), fee), DISTRICT);
        Agreement signed = agreementService.sign(draft.id(), start, java.util.OptionalLong.empty(), DISTRICT);
        if (signed.inForceOn(PUBLISHED.firstDay()) && signed.inForceOn(PUBLISHED.lastDay())) {
            publishQuarter(i, estate, fee);
        }
    }

    private void publishQuarter(int i, EstateTimeline estate, Fee fee) {
        BigDecimal monthly = estate.floorArea().multiply(fee.amount()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal collected = BigDecimal.ZERO;
        for (YearMonth month : PUBLISHED.months()) {
            int paid = estate.households() * (88 + (i + month.getMonthValue()) % 10) / 100;
            BigDecimal amount = monthly.multiply(BigDecimal.valueOf(paid)).divide(BigDecimal.valueOf(estate.households()), 2,
                    RoundingMode.HALF_UP);
            collected = collected.add(amount);
            reports.recordCollection(estate.estateId(), month, new ReportService.MonthFigures(estate.households(), paid, monthly,
                    amount), null, DISTRICT);
        }
        BigDecimal staff = collected.multiply(bd("0.55")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal supplies = collected.multiply(bd("0.12")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal repairs = collected.multiply(bd("0.18")).setScale(2, RoundingMode.HALF_UP);
        reports.publish(estate.estateId(), PUBLISHED, List.of(new Spending(SpendingCategory.STAFF, staff, "门岗、保洁、巡查人员工资"),
                new Spending(SpendingCategory.CLEANING_SUPPLIES, supplies, null),
                new Spending(SpendingCategory.REPAIRS, repairs, "公共设施小修")), null, DISTRICT);
    }

    static String estateId(int i) {
        return UUID.nameUUIDFromBytes(("hedong-demo-estate-" + i).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
