package vn.parindex.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks a methodology passes before it can be used: a tree whose points add up and rules that fit their nodes. */
public final class SchemeValidator {

    /** One thing wrong, at a path such as {@code areas[2].children[0].maxPoints}. */
    public record Violation(String path, String message) {
    }

    private SchemeValidator() {
    }

    /** The longest code of a node, a bonus or penalty line or a band (the tables' columns hold 64). */
    public static final int CODE_LENGTH = 64;
    /** The longest name of a node, a line or a band. */
    public static final int NAME_LENGTH = 500;

    public static List<Violation> violations(ScoringScheme scheme) {
        List<Violation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        if (scheme.areas().isEmpty()) {
            violations.add(new Violation("areas", "a methodology has at least one area"));
        }
        for (int i = 0; i < scheme.areas().size(); i++) {
            checkNode(scheme.areas().get(i), "areas[" + i + "]", codes, violations);
        }
        Set<String> areaCodes = new HashSet<>();
        scheme.areas().forEach(area -> areaCodes.add(area.code()));
        for (int i = 0; i < scheme.adjustments().size(); i++) {
            Adjustment adjustment = scheme.adjustments().get(i);
            String path = "adjustments[" + i + "]";
            checkCode(adjustment.code(), path, codes, violations);
            if (adjustment.name() != null && adjustment.name().length() > NAME_LENGTH) {
                violations.add(new Violation(path + ".name", "a name has at most " + NAME_LENGTH + " characters"));
            }
            if (adjustment.kind() == null) {
                violations.add(new Violation(path + ".kind", "BONUS or PENALTY"));
            }
            if (adjustment.cap() == null || adjustment.cap().signum() <= 0) {
                violations.add(new Violation(path + ".cap", "the cap must be more than 0"));
            }
            if (adjustment.area() != null && !areaCodes.contains(adjustment.area())) {
                violations.add(new Violation(path + ".area", "no area with code " + adjustment.area()));
            }
        }
        checkCap(scheme.bonusCap(), "bonusCap", violations);
        checkCap(scheme.penaltyCap(), "penaltyCap", violations);
        Set<String> bandCodes = new HashSet<>();
        Set<BigDecimal> bandMinima = new HashSet<>();
        for (int i = 0; i < scheme.bands().size(); i++) {
            Band band = scheme.bands().get(i);
            String path = "bands[" + i + "]";
            if (band.code() == null || band.code().isBlank() || band.code().length() > CODE_LENGTH || !bandCodes.add(band.code())) {
                violations.add(new Violation(path + ".code", "band codes are present, distinct and at most " + CODE_LENGTH + " characters"));
            }
            if (band.name() != null && band.name().length() > NAME_LENGTH) {
                violations.add(new Violation(path + ".name", "a name has at most " + NAME_LENGTH + " characters"));
            }
            if (band.minPercent() == null || band.minPercent().signum() < 0 || band.minPercent().compareTo(Points.HUNDRED) > 0) {
                violations.add(new Violation(path + ".minPercent", "a band starts between 0 and 100 %"));
            } else if (!bandMinima.add(band.minPercent().stripTrailingZeros())) {
                violations.add(new Violation(path + ".minPercent", "two bands start at " + band.minPercent().toPlainString() + " %"));
            }
        }
        return violations;
    }

    private static void checkNode(CriterionNode node, String path, Set<String> codes, List<Violation> violations) {
        checkCode(node.code(), path, codes, violations);
        if (node.name() == null || node.name().isBlank()) {
            violations.add(new Violation(path + ".name", "a node has a name"));
        } else if (node.name().length() > NAME_LENGTH) {
            violations.add(new Violation(path + ".name", "a name has at most " + NAME_LENGTH + " characters"));
        }
        if (node.maxPoints() == null || node.maxPoints().signum() <= 0) {
            violations.add(new Violation(path + ".maxPoints", "the maximum must be more than 0"));
            return;
        }
        if (node.maxPoints().scale() > Points.SCALE) {
            violations.add(new Violation(path + ".maxPoints", "points have at most " + Points.SCALE + " decimals"));
        }
        if (node.isLeaf()) {
            checkRule(node, path, violations);
            return;
        }
        if (node.rule() != null) {
            violations.add(new Violation(path + ".rule", "only a leaf has a scoring rule; " + node.code() + " scores the sum of its children"));
        }
        BigDecimal childrenMax = node.children().stream().map(CriterionNode::maxPoints)
                .filter(max -> max != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (childrenMax.compareTo(node.maxPoints()) != 0) {
            violations.add(new Violation(path + ".maxPoints", "the children of " + node.code() + " add up to "
                    + childrenMax.toPlainString() + ", not " + node.maxPoints().toPlainString()));
        }
        for (int i = 0; i < node.children().size(); i++) {
            checkNode(node.children().get(i), path + ".children[" + i + "]", codes, violations);
        }
    }

    private static void checkRule(CriterionNode node, String path, List<Violation> violations) {
        ScoringRule rule = node.rule();
        if (rule == null) {
            violations.add(new Violation(path + ".rule", "leaf " + node.code() + " needs a scoring rule"));
            return;
        }
        if (!rule.fits(node.channel())) {
            violations.add(new Violation(path + ".rule", "a " + rule.getClass().getSimpleName() + " rule does not fit a " + node.channel()
                    + " criterion (SURVEY criteria take the SURVEY rule, and only they do)"));
        }
        if (rule instanceof ScoringRule.Thresholds thresholds) {
            if (thresholds.steps() == null || thresholds.steps().isEmpty()) {
                violations.add(new Violation(path + ".rule.steps", "a step table has at least one step"));
                return;
            }
            Set<BigDecimal> minima = new HashSet<>();
            for (int i = 0; i < thresholds.steps().size(); i++) {
                ScoringRule.Thresholds.Step step = thresholds.steps().get(i);
                String stepPath = path + ".rule.steps[" + i + "]";
                if (step.atLeast() == null || !minima.add(step.atLeast().stripTrailingZeros())) {
                    violations.add(new Violation(stepPath + ".atLeast", "each step starts at a distinct value"));
                }
                if (step.points() == null || step.points().signum() < 0 || step.points().compareTo(node.maxPoints()) > 0) {
                    violations.add(new Violation(stepPath + ".points", "a step's points lie within 0.." + node.maxPoints().toPlainString()));
                }
            }
        }
    }

    private static void checkCode(String code, String path, Set<String> codes, List<Violation> violations) {
        if (code == null || code.isBlank()) {
            violations.add(new Violation(path + ".code", "a code is required"));
        } else if (code.length() > CODE_LENGTH) {
            violations.add(new Violation(path + ".code", "a code has at most " + CODE_LENGTH + " characters"));
        } else if (!codes.add(code)) {
            violations.add(new Violation(path + ".code", "code " + code + " is used twice"));
        }
    }

    private static void checkCap(BigDecimal cap, String path, List<Violation> violations) {
        if (cap != null && cap.signum() < 0) {
            violations.add(new Violation(path, "a cap cannot be negative"));
        }
    }
}
