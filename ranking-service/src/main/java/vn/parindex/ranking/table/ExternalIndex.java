package vn.parindex.ranking.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the indices imported from outside (domain §3, §4). PAPI: 8 dimensions scored 1–10, each the sum of its
 * sub-dimensions when those are given, the total their sum out of 80, groups by quartile of the totals. PCI: 10
 * sub-indices scored 0–10, the total their weighted mean scaled to 100 (weights in percent, summing to 100).
 */
public enum ExternalIndex {
    PAPI(new BigDecimal("80"), List.of(
            new Component("D1", "Tham gia của người dân ở cấp cơ sở"),
            new Component("D2", "Công khai, minh bạch trong việc ra quyết định ở địa phương"),
            new Component("D3", "Trách nhiệm giải trình với người dân"),
            new Component("D4", "Kiểm soát tham nhũng trong khu vực công"),
            new Component("D5", "Thủ tục hành chính công"),
            new Component("D6", "Cung ứng dịch vụ công"),
            new Component("D7", "Quản trị môi trường"),
            new Component("D8", "Quản trị điện tử")), BigDecimal.ONE, BigDecimal.TEN),
    PCI(new BigDecimal("100"), List.of(
            new Component("S1", "Chi phí gia nhập thị trường"),
            new Component("S2", "Tiếp cận đất đai và sự ổn định trong sử dụng đất"),
            new Component("S3", "Tính minh bạch"),
            new Component("S4", "Chi phí thời gian"),
            new Component("S5", "Chi phí không chính thức"),
            new Component("S6", "Cạnh tranh bình đẳng"),
            new Component("S7", "Tính năng động của chính quyền tỉnh"),
            new Component("S8", "Dịch vụ hỗ trợ doanh nghiệp"),
            new Component("S9", "Đào tạo lao động"),
            new Component("S10", "Thiết chế pháp lý và an ninh trật tự")), BigDecimal.ZERO, BigDecimal.TEN);

    /** A dimension or sub-index. */
    public record Component(String code, String name) {
    }

    /** One unit's scores, as read from a row. */
    public record Scores(Map<String, BigDecimal> components, Map<String, List<BigDecimal>> subDimensions) {
    }

    /** A fault in a row: the column and what is wrong. */
    public record Fault(String field, String reason) {
    }

    /** How far a published dimension may be from the sum of its rounded sub-dimensions. */
    static final BigDecimal SUM_TOLERANCE = new BigDecimal("0.0005");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public final BigDecimal maxPoints;
    public final List<Component> components;
    private final BigDecimal low;
    private final BigDecimal high;

    ExternalIndex(BigDecimal maxPoints, List<Component> components, BigDecimal low, BigDecimal high) {
        this.maxPoints = maxPoints;
        this.components = components;
        this.low = low;
        this.high = high;
    }

    /** The faults of a row; empty when it is sound. */
    public List<Fault> check(Scores scores) {
        List<Fault> faults = new ArrayList<>();
        for (Component c : components) {
            BigDecimal value = scores.components().get(c.code());
            if (value == null) {
                faults.add(new Fault(c.code(), c.code() + " (" + c.name() + ") is missing"));
            } else if (value.compareTo(low) < 0 || value.compareTo(high) > 0) {
                faults.add(new Fault(c.code(), c.code() + " = " + value.toPlainString() + " is outside " + low + "–" + high));
            } else {
                List<BigDecimal> parts = scores.subDimensions().getOrDefault(c.code(), List.of());
                if (!parts.isEmpty()) {
                    BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (sum.subtract(value).abs().compareTo(SUM_TOLERANCE) > 0) {
                        faults.add(new Fault(c.code(), c.code() + " = " + value.toPlainString() + " but its sub-dimensions add up to "
                                + sum.toPlainString()));
                    }
                }
            }
        }
        return faults;
    }

    /** PAPI: the sum of the dimensions; PCI: Σ weightᵢ · sᵢ ÷ 10 with weights in percent. */
    public BigDecimal total(Scores scores, Map<String, BigDecimal> weights) {
        if (this == PAPI) {
            return components.stream().map(c -> scores.components().get(c.code())).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return components.stream().map(c -> scores.components().get(c.code()).multiply(weights.get(c.code())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.TEN, 4, RoundingMode.HALF_UP);
    }

    /** PCI weights must name every sub-index and add up to 100 %. */
    public List<Fault> checkWeights(Map<String, BigDecimal> weights) {
        if (this == PAPI) {
            return List.of();
        }
        List<Fault> faults = new ArrayList<>();
        for (Component c : components) {
            if (weights.get(c.code()) == null || weights.get(c.code()).signum() < 0) {
                faults.add(new Fault("weights." + c.code(), "give the weight of " + c.code() + " in percent"));
            }
        }
        if (faults.isEmpty()) {
            BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(HUNDRED) != 0) {
                faults.add(new Fault("weights", "the weights add up to " + sum.toPlainString() + " %, not 100 %"));
            }
        }
        return faults;
    }

    /**
     * PAPI's four groups by percentile of the totals (domain §3): highest from the 75th percentile, upper-middle from the
     * 50th, lower-middle from the 25th, lowest below. Percentiles by linear interpolation between order statistics.
     */
    public static Map<String, String> quartileGroups(Map<String, BigDecimal> totals) {
        List<BigDecimal> sorted = totals.values().stream().sorted().toList();
        BigDecimal p25 = percentile(sorted, 0.25);
        BigDecimal p50 = percentile(sorted, 0.50);
        BigDecimal p75 = percentile(sorted, 0.75);
        Map<String, String> groups = new LinkedHashMap<>();
        totals.forEach((unit, total) -> groups.put(unit, total.compareTo(p75) >= 0 ? "Q1" : total.compareTo(p50) >= 0 ? "Q2"
                : total.compareTo(p25) >= 0 ? "Q3" : "Q4"));
        return groups;
    }

    public static String groupName(String group) {
        return switch (group) {
            case "Q1" -> "Nhóm điểm cao nhất";
            case "Q2" -> "Nhóm điểm trung bình cao";
            case "Q3" -> "Nhóm điểm trung bình thấp";
            default -> "Nhóm điểm thấp nhất";
        };
    }

    static BigDecimal percentile(List<BigDecimal> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, sorted.size() - 1);
        BigDecimal fraction = BigDecimal.valueOf(h - lower);
        return sorted.get(lower).add(sorted.get(upper).subtract(sorted.get(lower)).multiply(fraction));
    }
}
