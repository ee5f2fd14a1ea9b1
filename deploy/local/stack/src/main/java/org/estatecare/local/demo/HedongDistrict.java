package org.estatecare.local.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The demo district, Hedong (河东区): its 13 street offices with their communities, sixty estates in
 * every lifecycle state, three service companies, the fee standards, and what the estates' agreements
 * and their third quarter of 2026 look like. The same on every machine and every start (seeded), so a
 * second load finds what the first made. Nothing here talks to the platform: {@link DemoDataLoader}
 * does, through the public API.
 */
record HedongDistrict(List<Street> streets, List<EstatePlan> estates, List<Company> companies, List<FeeStandard> standards) {

    static final int ESTATES = 60;
    /** The README's agreements tour signs the first agreement of this community itself. */
    static final String LEFT_FOR_THE_TOUR = "chunhua-xinhua";
    /** The quarter whose fee collection the demo publishes to residents. */
    static final YearMonth[] PUBLISHED_QUARTER = {YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9)};
    static final String PUBLISHED_QUARTER_CODE = "2026-Q3";
    /** Every decision the demo records names this document, so its histories say where they came from. */
    static final List<String> DOCUMENTS = List.of("演示数据");

    record Street(String code, String name, List<Community> communities) {
    }

    record Community(String code, String name) {
    }

    record Company(String id, String name, String creditCode, String legalRepresentative, String hotline) {
    }

    record FeeStandard(String estateClass, String basis, BigDecimal minimum, BigDecimal maximum, LocalDate effectiveFrom) {
    }

    /** Where the demo takes an estate: a cycle over every status, half of them included. */
    enum Target { REGISTERED, TAKEOVER_ACCEPTED, FILED, INCLUDED, NOT_INCLUDED, EXITED }

    record Member(String name, String capacity) {
    }

    /**
     * One estate and the decisions the demo records for it, in order; a date is null where the estate's
     * target stops short of that step. An empty committee means the residents' committee acts for it.
     */
    record EstatePlan(int index, String name, Street street, Community community, String address, double latitude,
                      double longitude, int buildings, int households, BigDecimal floorArea, String approvalDocument,
                      LocalDate approvedOn, LocalDate acceptedOn, boolean municipalSubsidy, Target target,
                      LocalDate notIncludedOn, LocalDate takeoverOn, LocalDate filedOn, LocalDate includedOn,
                      String managementMode, List<Member> committee, String liftUnit, LocalDate warrantyEndsOn,
                      String exitReason, LocalDate exitOn) {

        boolean reaches(Target step) {
            return switch (step) {
                case REGISTERED -> true;
                case TAKEOVER_ACCEPTED -> takeoverOn != null;
                case FILED -> filedOn != null;
                case INCLUDED -> includedOn != null;
                case NOT_INCLUDED -> notIncludedOn != null;
                case EXITED -> exitOn != null;
            };
        }

        /** Included in company mode and not exited: it takes an agreement, unless the tour keeps it. */
        boolean takesDemoAgreement() {
            return target == Target.INCLUDED && "SERVICE_COMPANY".equals(managementMode)
                    && !LEFT_FOR_THE_TOUR.equals(community.code());
        }

        /** Its agreement: class and fee, company (安居 serves 春华街道, as the tour's company officer expects), term. */
        AgreementPlan agreement(List<Company> companies) {
            boolean class2 = index % 3 == 0;
            String company = "chunhua".equals(street.code()) ? "anju" : companies.get(index % companies.size()).id();
            return new AgreementPlan(this, company, class2 ? "CLASS_2" : "CLASS_3", class2 ? decimal("1.10") : decimal("0.80"),
                    includedOn, includedOn.plusYears(3).minusDays(1), 1 + index % 2, 3 + index % 3);
        }
    }

    /** A signed agreement for one estate, per square metre and month, from its inclusion for three years. */
    record AgreementPlan(EstatePlan estate, String companyId, String estateClass, BigDecimal fee, LocalDate termStart,
                         LocalDate termEnd, int gatePosts, int patrolRounds) {

        boolean coversPublishedQuarter() {
            return !termStart.isAfter(PUBLISHED_QUARTER[0].atDay(1)) && !termEnd.isBefore(PUBLISHED_QUARTER[2].atEndOfMonth());
        }

        BigDecimal monthlyBilled() {
            return estate.floorArea().multiply(fee).setScale(2, RoundingMode.HALF_UP);
        }

        /** Households that paid in a month: 88 to 97 per cent, varying by estate and month. */
        int householdsPaid(YearMonth month) {
            return estate.households() * (88 + (estate.index() + month.getMonthValue()) % 10) / 100;
        }

        BigDecimal collected(YearMonth month) {
            return monthlyBilled().multiply(BigDecimal.valueOf(householdsPaid(month)))
                    .divide(BigDecimal.valueOf(estate.households()), 2, RoundingMode.HALF_UP);
        }

        BigDecimal collectedInQuarter() {
            BigDecimal total = BigDecimal.ZERO;
            for (YearMonth month : PUBLISHED_QUARTER) {
                total = total.add(collected(month));
            }
            return total;
        }
    }

    private static final Target[] CYCLE = {Target.INCLUDED, Target.REGISTERED, Target.INCLUDED, Target.TAKEOVER_ACCEPTED,
            Target.INCLUDED, Target.FILED, Target.INCLUDED, Target.NOT_INCLUDED, Target.INCLUDED, Target.EXITED};
    private static final String[] STEMS = {"红星", "向阳", "春和", "嘉华", "津塘", "新兴", "友爱", "东风", "和平", "光明",
            "幸福", "团结", "建设", "安居", "华兴", "丽苑", "龙潭", "翠园", "福康", "永安"};
    private static final String[] SUFFIXES = {"里", "新村", "小区", "东里", "西里", "北里"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"建华", "秀英", "玉兰", "志强", "桂芳", "国庆", "淑珍", "海燕"};
    private static final String[] EXIT_REASONS = {"DEMOLITION", "OWNER_SELF_MANAGEMENT", "MARKET_OPERATION"};

    static HedongDistrict demo() {
        List<Street> streets = List.of(
                street("dawangzhuang", "大王庄街道", "津塘", "jintang", "六纬路", "liuweilu", "十一经路", "shiyijinglu"),
                street("dazhigu", "大直沽街道", "中路", "zhonglu", "东兴", "dongxing", "天鸿", "tianhong"),
                street("zhongshanmen", "中山门街道", "中山门", "zhongshanmen", "新立", "xinli", "龙山道", "longshandao"),
                street("fuminlu", "富民路街道", "富民", "fumin", "晨阳", "chenyang"),
                street("erhaoqiao", "二号桥街道", "二号桥", "erhaoqiao", "程林", "chenglin"),
                street("chunhua", "春华街道", "新华", "xinhua", "春华", "chunhua", "万新", "wanxin"),
                street("tangjiakou", "唐家口街道", "唐家口", "tangjiakou", "嘉华", "jiahua"),
                street("xiangyanglou", "向阳楼街道", "向阳楼", "xiangyanglou", "红星", "hongxing"),
                street("changzhoudao", "常州道街道", "常州道", "changzhoudao", "友爱", "youai"),
                street("shanghanglu", "上杭路街道", "上杭路", "shanghanglu", "新村", "xincun"),
                street("dongxin", "东新街道", "东新", "dongxin", "华馨", "huaxin"),
                street("lushandao", "鲁山道街道", "鲁山道", "lushandao", "丽苑", "liyuan"),
                street("tiantie", "天铁街道", "天铁", "tiantie", "冶金", "yejin"));
        List<Company> companies = List.of(
                new Company("anju", "天津安居物业服务有限公司", "91120102MA05KXXX1Y", "王安居", "022-24300000"),
                new Company("hexie", "天津和谐物业管理有限公司", "91120102MA05KXXY10", "李和谐", "022-24300001"),
                new Company("minsheng", "天津民生物业服务有限公司", "91120102MA05KXXU1W", "张民生", "022-24300002"));
        LocalDate from = LocalDate.of(2023, 1, 1);
        List<FeeStandard> standards = List.of(
                new FeeStandard("CLASS_1", "PER_SQUARE_METRE_MONTH", decimal("1.20"), decimal("2.00"), from),
                new FeeStandard("CLASS_2", "PER_SQUARE_METRE_MONTH", decimal("0.80"), decimal("1.50"), from),
                new FeeStandard("CLASS_3", "PER_SQUARE_METRE_MONTH", decimal("0.50"), decimal("1.00"), from),
                new FeeStandard("CLASS_1", "PER_HOUSEHOLD_MONTH", decimal("60"), decimal("120"), from),
                new FeeStandard("CLASS_2", "PER_HOUSEHOLD_MONTH", decimal("40"), decimal("90"), from),
                new FeeStandard("CLASS_3", "PER_HOUSEHOLD_MONTH", decimal("20"), decimal("60"), from));
        List<EstatePlan> estates = IntStream.range(0, ESTATES).mapToObj(i -> estate(i, streets)).toList();
        return new HedongDistrict(streets, estates, companies, standards);
    }

    List<AgreementPlan> agreements() {
        return estates.stream().filter(EstatePlan::takesDemoAgreement).map(e -> e.agreement(companies)).toList();
    }

    /** Estate {@code i}: its facts and decisions drawn from a random sequence seeded with {@code i}. */
    private static EstatePlan estate(int i, List<Street> streets) {
        Random random = new Random(i * 7919L);
        Street street = streets.get(i % streets.size());
        Community community = street.communities().get(random.nextInt(street.communities().size()));
        Target target = CYCLE[i % CYCLE.length];
        int buildings = 3 + random.nextInt(28);
        int households = buildings * (24 + random.nextInt(57));
        BigDecimal area = BigDecimal.valueOf(households).multiply(BigDecimal.valueOf(45 + random.nextInt(31)))
                .add(BigDecimal.valueOf(random.nextInt(100), 2));
        LocalDate approved = LocalDate.of(2023, 3, 1).plusDays(random.nextInt(300));
        LocalDate accepted = approved.plusDays(120 + random.nextInt(200));
        // R-ELIG-1: the estates that will not be included lack the municipal subsidy (and some the approval)
        boolean eligible = target != Target.NOT_INCLUDED && !(target == Target.REGISTERED && i % 3 == 0);
        String approval = eligible || i % 2 == 0 ? "津政批〔2023〕" + (100 + i) + "号" : null;
        String name = STEMS[(i * 7) % STEMS.length] + SUFFIXES[i % SUFFIXES.length];
        String address = "天津市河东区" + community.name() + "路" + (1 + random.nextInt(200)) + "号";
        double latitude = 39.10 + random.nextDouble() * 0.08;
        double longitude = 117.20 + random.nextDouble() * 0.10;

        LocalDate notIncluded = target == Target.NOT_INCLUDED ? accepted.plusDays(30) : null;
        boolean walked = target != Target.REGISTERED && target != Target.NOT_INCLUDED;
        LocalDate takeover = walked ? accepted.plusDays(20 + random.nextInt(30)) : null;
        LocalDate filed = walked && target != Target.TAKEOVER_ACCEPTED ? takeover.plusDays(10 + random.nextInt(20)) : null;
        boolean included = target == Target.INCLUDED || target == Target.EXITED;
        LocalDate includedOn = included ? filed.plusDays(15) : null;
        String mode = !included ? null : i % 6 == 4 ? "RESIDENT_SELF_GOVERNANCE" : i % 12 == 8 ? "OWNER_SELF_MANAGEMENT"
                : "SERVICE_COMPANY";
        List<Member> committee = included && i % 3 != 0 ? members(random) : List.of();
        return new EstatePlan(i, name, street, community, address, latitude, longitude, buildings, households, area,
                approval, approved, accepted, eligible, target, notIncluded, takeover, filed, includedOn, mode, committee,
                included && buildings > 12 ? "津城电梯维保有限公司" : null, included ? includedOn.plusYears(2) : null,
                target == Target.EXITED ? EXIT_REASONS[i % EXIT_REASONS.length] : null,
                target == Target.EXITED ? includedOn.plusMonths(10) : null);
    }

    private static List<Member> members(Random random) {
        List<Member> members = new ArrayList<>();
        for (String capacity : List.of("PROPERTY_OWNER", "RESIDENTS_COMMITTEE", "RESIDENT_REPRESENTATIVE")) {
            members.add(new Member(SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)], capacity));
        }
        return members;
    }

    private static Street street(String code, String name, String... communityNameAndCode) {
        List<Community> communities = new ArrayList<>();
        for (int i = 0; i < communityNameAndCode.length; i += 2) {
            communities.add(new Community(code + "-" + communityNameAndCode[i + 1], communityNameAndCode[i] + "社区"));
        }
        return new Street(code, name, communities);
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
