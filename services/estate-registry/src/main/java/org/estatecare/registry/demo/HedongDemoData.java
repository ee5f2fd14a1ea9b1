package org.estatecare.registry.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.estatecare.registry.estate.AcceptanceResult;
import org.estatecare.registry.estate.Committee;
import org.estatecare.registry.estate.CommitteeMember;
import org.estatecare.registry.estate.Decision;
import org.estatecare.registry.estate.Estate;
import org.estatecare.registry.estate.EstateDetails;
import org.estatecare.registry.estate.Estates;
import org.estatecare.registry.estate.ExitReason;
import org.estatecare.registry.estate.FloorArea;
import org.estatecare.registry.estate.GeoLocation;
import org.estatecare.registry.estate.Maintenance;
import org.estatecare.registry.estate.ManagementMode;
import org.estatecare.registry.estate.Renovation;
import org.estatecare.registry.estate.SigningParty;
import org.estatecare.registry.territory.Community;
import org.estatecare.registry.territory.Street;
import org.estatecare.registry.territory.Streets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Loads the demo district on first start; a later start finds it and adds nothing. */
@Component
@ConditionalOnProperty(name = "estatecare.demo-data.enabled", havingValue = "true")
class HedongDemoData implements ApplicationRunner {

    static final int ESTATES = 60;
    private static final Logger log = LoggerFactory.getLogger(HedongDemoData.class);
    private static final Decision DEMO = new Decision("demo-data", List.of("演示数据"), null);

    static final List<Street> STREETS = List.of(
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

    private static final String[] STEMS = {"红星", "向阳", "春和", "嘉华", "津塘", "新兴", "友爱", "东风", "和平", "光明",
            "幸福", "团结", "建设", "安居", "华兴", "丽苑", "龙潭", "翠园", "福康", "永安"};
    private static final String[] SUFFIXES = {"里", "新村", "小区", "东里", "西里", "北里"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"建华", "秀英", "玉兰", "志强", "桂芳", "国庆", "淑珍", "海燕"};

    /** What the demo puts each estate through: a cycle over every status, half of them included. */
    enum Target { REGISTERED, TAKEOVER_ACCEPTED, FILED, INCLUDED, NOT_INCLUDED, EXITED }

    private static final Target[] CYCLE = {Target.INCLUDED, Target.REGISTERED, Target.INCLUDED, Target.TAKEOVER_ACCEPTED,
            Target.INCLUDED, Target.FILED, Target.INCLUDED, Target.NOT_INCLUDED, Target.INCLUDED, Target.EXITED};

    private final Streets streets;
    private final Estates estates;
    private final Clock clock;

    HedongDemoData(Streets streets, Estates estates, Clock clock) {
        this.streets = streets;
        this.estates = estates;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int streetsAdded = 0;
        for (Street street : STREETS) {
            if (streets.find(street.code()).isEmpty()) {
                streets.add(street);
                streetsAdded++;
            }
        }
        int estatesAdded = 0;
        for (int i = 0; i < ESTATES; i++) {
            try {
                estates.add(estate(i));
                estatesAdded++;
            } catch (DuplicateKeyException alreadyLoaded) {
                // loaded on an earlier start
            }
        }
        if (streetsAdded + estatesAdded > 0) {
            log.info("demo data loaded: {} streets, {} estates", streetsAdded, estatesAdded);
        }
    }

    static String estateId(int i) {
        return UUID.nameUUIDFromBytes(("hedong-demo-estate-" + i).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Estate estate(int i) {
        Random random = new Random(i * 7919L);
        Street street = STREETS.get(i % STREETS.size());
        Community community = street.communities().get(random.nextInt(street.communities().size()));
        Target target = CYCLE[i % CYCLE.length];
        int buildings = 3 + random.nextInt(28);
        int households = buildings * (24 + random.nextInt(57));
        BigDecimal area = BigDecimal.valueOf(households).multiply(BigDecimal.valueOf(45 + random.nextInt(31)))
                .add(BigDecimal.valueOf(random.nextInt(100), 2));
        LocalDate approved = LocalDate.of(2023, 3, 1).plusDays(random.nextInt(300));
        LocalDate accepted = approved.plusDays(120 + random.nextInt(200));
        boolean eligible = target != Target.NOT_INCLUDED && !(target == Target.REGISTERED && i % 3 == 0);
        Renovation renovation = new Renovation(eligible || i % 2 == 0 ? "津政批〔2023〕" + (100 + i) + "号" : null,
                approved, AcceptanceResult.QUALIFIED, accepted, eligible);
        String name = STEMS[(i * 7) % STEMS.length] + SUFFIXES[i % SUFFIXES.length];
        EstateDetails details = new EstateDetails(name, street.code(), community.code(),
                "天津市河东区" + community.name() + "路" + (1 + random.nextInt(200)) + "号",
                new GeoLocation(39.10 + random.nextDouble() * 0.08, 117.20 + random.nextDouble() * 0.10),
                buildings, households, new FloorArea(area), List.of("河东区房管局"), renovation);

        var now = clock.instant();
        Estate estate = Estate.register(estateId(i), details, DEMO, now);
        if (target == Target.REGISTERED) {
            return estate;
        }
        if (target == Target.NOT_INCLUDED) {
            estate.decideNotToInclude(accepted.plusDays(30), "未享受市级财政补贴，由街道按原渠道管理", DEMO, now);
            return estate;
        }
        LocalDate takeover = accepted.plusDays(20 + random.nextInt(30));
        estate.acceptTakeover(takeover, DEMO, now);
        if (target == Target.TAKEOVER_ACCEPTED) {
            return estate;
        }
        LocalDate filed = takeover.plusDays(10 + random.nextInt(20));
        estate.file(filed, DEMO, now);
        if (target == Target.FILED) {
            return estate;
        }
        ManagementMode mode = i % 6 == 4 ? ManagementMode.RESIDENT_SELF_GOVERNANCE
                : i % 12 == 8 ? ManagementMode.OWNER_SELF_MANAGEMENT : ManagementMode.SERVICE_COMPANY;
        LocalDate included = filed.plusDays(15);
        estate.include(included, mode, DEMO, now);
        estate.appointCommittee(i % 3 == 0 ? new Committee(SigningParty.RESIDENTS_COMMITTEE, List.of())
                : new Committee(SigningParty.MANAGEMENT_COMMITTEE, members(random)), DEMO, now);
        estate.nameMaintenance(new Maintenance("河东区消防设施维保中心", buildings > 12 ? "津城电梯维保有限公司" : null,
                included.plusYears(2)), DEMO, now);
        if (target == Target.EXITED) {
            estate.exit(ExitReason.values()[i % ExitReason.values().length], included.plusMonths(10), DEMO, now);
        }
        return estate;
    }

    private static List<CommitteeMember> members(Random random) {
        List<CommitteeMember> members = new ArrayList<>();
        String[] capacities = {"业主代表", "社区居委会", "居民代表"};
        for (String capacity : capacities) {
            members.add(new CommitteeMember(SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)],
                    capacity));
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
}
