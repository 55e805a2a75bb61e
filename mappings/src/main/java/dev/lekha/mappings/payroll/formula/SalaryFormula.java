package dev.lekha.mappings.payroll.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A formula for one component of a salary structure, as a payroll person writes it in a sheet:
 * {@code 40% of BASIC}, {@code 50% of (BASIC + DA)}, {@code CTC/12 - BASIC - HRA}, {@code min(BASIC, 15000)},
 * {@code round(BASIC * 0.0833)}.
 *
 * <p>Grammar (spaces anywhere between tokens; {@code ×}, {@code ÷} and the minus sign {@code −} are accepted for
 * {@code *}, {@code /} and {@code -}):
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary)*
 * unary      := ('+' | '-') unary | percent
 * percent    := NUMBER '%' 'of' primary | primary
 * primary    := NUMBER | CODE | function '(' expression (',' expression)* ')' | '(' expression ')'
 * function   := min | max | round          (any letter case)
 * CODE       := [A-Z][A-Z0-9_]*            (a component code, or CTC for the annual CTC)
 * NUMBER     := digits with an optional decimal part (no thousands separators: ',' separates arguments)
 * </pre>
 * {@code N% of X} binds to the operand right after {@code of}: {@code 40% of BASIC + 100} is
 * {@code (40% of BASIC) + 100}; write {@code 40% of (BASIC + 100)} for the other reading. {@code min} and
 * {@code max} take two or more arguments; {@code round} takes one and rounds to the whole rupee, half up.
 *
 * <p>Arithmetic is exact {@link BigDecimal} (division to 34 significant digits); only the final result is
 * rounded, to paise (scale 2, half up), so {@code 40% of 20833.33} is {@code 8333.33}. Immutable and thread-safe.
 */
public final class SalaryFormula {

    /** The reserved name for the structure's annual cost to company. */
    public static final String CTC = "CTC";

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final String text;
    private final Node root;
    private final Set<String> references;

    private SalaryFormula(String text, Node root, Set<String> references) {
        this.text = text;
        this.root = root;
        this.references = references;
    }

    /**
     * Reads a formula.
     *
     * @param text the formula, must not be null or blank
     * @throws InvalidFormulaException saying what is wrong and at which column
     */
    public static SalaryFormula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFormulaException(text == null ? null : text, 1, "the formula is empty");
        }
        Parser parser = new Parser(text);
        Node root = parser.parseAll();
        Set<String> refs = new LinkedHashSet<>();
        collect(root, refs);
        return new SalaryFormula(text, root, Collections.unmodifiableSet(refs));
    }

    /** The formula as given. */
    public String text() {
        return text;
    }

    /** The component codes (and {@link #CTC}) the formula reads, in the order they first appear; never null. */
    public Set<String> references() {
        return references;
    }

    /**
     * Evaluates the formula.
     *
     * @param values a value for every name in {@link #references()} ({@code CTC} is the annual CTC)
     * @return the result rounded to paise (scale 2, half up); may be negative, the caller decides if that is wrong
     * @throws FormulaEvaluationException when a referenced value is missing or a divisor is zero
     */
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
        Objects.requireNonNull(values, "values");
        return root.eval(values, text).setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return text;
    }

    private static void collect(Node node, Set<String> into) {
        if (node instanceof Ref r) {
            into.add(r.name());
        } else if (node instanceof Binary b) {
            collect(b.left(), into);
            collect(b.right(), into);
        } else if (node instanceof Negate n) {
            collect(n.operand(), into);
        } else if (node instanceof Percent p) {
            collect(p.of(), into);
        } else if (node instanceof Call c) {
            c.args().forEach(a -> collect(a, into));
        }
    }

    // ---- the tree

    private sealed interface Node permits Num, Ref, Binary, Negate, Percent, Call {
        BigDecimal eval(Map<String, BigDecimal> values, String text);
    }

    private record Num(BigDecimal value) implements Node {
        @Override
        public BigDecimal eval(Map<String, BigDecimal> values, String text) {
            return value;
        }
    }

    private record Ref(String name) implements Node {
        @Override
        public BigDecimal eval(Map<String, BigDecimal> values, String text) {
            BigDecimal v = values.get(name);
            if (v == null) {
                throw new FormulaEvaluationException("Formula '" + text + "' needs a value for " + name + ", none was given");
            }
            return v;
        }
    }

    private record Binary(char op, Node left, Node right, int column) implements Node {
        @Override
        public BigDecimal eval(Map<String, BigDecimal> values, String text) {
            BigDecimal l = left.eval(values, text);
            BigDecimal r = right.eval(values, text);
            return switch (op) {
                case '+' -> l.add(r);
                case '-' -> l.subtract(r);
                case '*' -> l.multiply(r);
                default -> {
                    if (r.signum() == 0) {
                        throw new FormulaEvaluationException("Formula '" + text + "' divides by zero at column " + column);
                    }
                    yield l.divide(r, PRECISION);
                }
            };
        }
    }

    private record Negate(Node operand) implements Node {
        @Override
        public BigDecimal eval(Map<String, BigDecimal> values, String text) {
            return operand.eval(values, text).negate();
        }
    }

    private record Percent(BigDecimal percent, Node of) implements Node {
        @Override
        public BigDecimal eval(Map<String, BigDecimal> values, String text) {
            return of.eval(values, text).multiply(percent).divide(HUNDRED, PRECISION);
        }
    }

    private record Call(String function, List<Node> args) implements Node {
        @Override
        public BigDecimal eval(Map<String, BigDecimal> values, String text) {
            List<BigDecimal> v = new ArrayList<>(args.size());
            for (Node a : args) {
                v.add(a.eval(values, text));
            }
            return switch (function) {
                case "min" -> v.stream().reduce(BigDecimal::min).orElseThrow();
                case "max" -> v.stream().reduce(BigDecimal::max).orElseThrow();
                default -> v.get(0).setScale(0, RoundingMode.HALF_UP);
            };
        }
    }

    // ---- tokens and parser

    private enum Kind { NUMBER, CODE, WORD, PLUS, MINUS, TIMES, DIVIDE, PERCENT, LPAREN, RPAREN, COMMA, END }

    private record Token(Kind kind, String text, int column) {
        String shown() {
            return kind == Kind.END ? "the end of the formula" : "'" + text + "'";
        }
    }

    private static final class Parser {
        private final String text;
        private final List<Token> tokens;
        private int pos;

        Parser(String text) {
            this.text = text;
            this.tokens = tokenize(text);
        }

        Node parseAll() {
            Node n = expression();
            Token t = peek();
            if (t.kind() != Kind.END) {
                throw error(t, "expected an operator (+ - * /) or the end of the formula, found " + t.shown());
            }
            return n;
        }

        private Node expression() {
            Node left = term();
            while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
                Token op = next();
                left = new Binary(op.kind() == Kind.PLUS ? '+' : '-', left, term(), op.column());
            }
            return left;
        }

        private Node term() {
            Node left = unary();
            while (peek().kind() == Kind.TIMES || peek().kind() == Kind.DIVIDE) {
                Token op = next();
                left = new Binary(op.kind() == Kind.TIMES ? '*' : '/', left, unary(), op.column());
            }
            return left;
        }

        private Node unary() {
            if (peek().kind() == Kind.MINUS) {
                next();
                return new Negate(unary());
            }
            if (peek().kind() == Kind.PLUS) {
                next();
                return unary();
            }
            return percent();
        }

        private Node percent() {
            Token t = peek();
            if (t.kind() == Kind.NUMBER && tokens.get(pos + 1).kind() == Kind.PERCENT) {
                next();
                Token pct = next();
                Token of = peek();
                if (of.kind() != Kind.WORD || !of.text().equalsIgnoreCase("of")) {
                    throw error(of, "expected 'of' after '" + t.text() + "%' (write e.g. '" + t.text()
                            + "% of BASIC'), found " + of.shown());
                }
                next();
                return new Percent(new BigDecimal(t.text()), primary());
            }
            if (t.kind() == Kind.PERCENT) {
                throw error(t, "'%' must follow a number, as in '40% of BASIC'");
            }
            return primary();
        }

        private Node primary() {
            Token t = next();
            switch (t.kind()) {
                case NUMBER:
                    return new Num(new BigDecimal(t.text()));
                case CODE:
                    if (peek().kind() == Kind.LPAREN) {
                        String fn = t.text().toLowerCase(Locale.ROOT);
                        if (isFunction(fn)) {
                            return call(fn, t);
                        }
                        throw error(t, "unknown function '" + t.text() + "' (functions: min, max, round)");
                    }
                    return new Ref(t.text());
                case WORD:
                    if (peek().kind() == Kind.LPAREN) {
                        String fn = t.text().toLowerCase(Locale.ROOT);
                        if (isFunction(fn)) {
                            return call(fn, t);
                        }
                        throw error(t, "unknown function '" + t.text() + "' (functions: min, max, round)");
                    }
                    throw error(t, "'" + t.text() + "' is not a component code: codes are upper case letters, digits"
                            + " and '_' starting with a letter (e.g. BASIC, ARREAR_BASIC), or CTC for the annual CTC");
                case LPAREN: {
                    Node inner = expression();
                    expect(Kind.RPAREN, "')' to close the '(' at column " + t.column());
                    return inner;
                }
                default:
                    throw error(t, "expected a number, a component code, a function or '(', found " + t.shown());
            }
        }

        private static boolean isFunction(String fn) {
            return fn.equals("min") || fn.equals("max") || fn.equals("round");
        }

        private Node call(String fn, Token name) {
            next();
            List<Node> args = new ArrayList<>();
            args.add(expression());
            while (peek().kind() == Kind.COMMA) {
                next();
                args.add(expression());
            }
            expect(Kind.RPAREN, "')' or ',' in the call of " + fn + " at column " + name.column());
            if (fn.equals("round") && args.size() != 1) {
                throw error(name, "round takes one argument, found " + args.size());
            }
            if (!fn.equals("round") && args.size() < 2) {
                throw error(name, fn + " takes two or more arguments separated by ',', found one");
            }
            return new Call(fn, List.copyOf(args));
        }

        private void expect(Kind kind, String what) {
            Token t = next();
            if (t.kind() != kind) {
                throw error(t, "expected " + what + ", found " + t.shown());
            }
        }

        private Token peek() {
            return tokens.get(pos);
        }

        private Token next() {
            Token t = tokens.get(pos);
            if (t.kind() != Kind.END) {
                pos++;
            }
            return t;
        }

        private InvalidFormulaException error(Token at, String problem) {
            return new InvalidFormulaException(text, at.column(), problem);
        }

        private static List<Token> tokenize(String s) {
            List<Token> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                int col = i + 1;
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    i++;
                } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                    int start = i;
                    while (i < s.length() && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                    if (i < s.length() && s.charAt(i) == '.') {
                        i++;
                        if (i >= s.length() || !Character.isDigit(s.charAt(i))) {
                            throw new InvalidFormulaException(s, i + 1, "expected digits after the decimal point");
                        }
                        while (i < s.length() && Character.isDigit(s.charAt(i))) {
                            i++;
                        }
                    }
                    if (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) {
                        throw new InvalidFormulaException(s, i + 1, "a number runs into a name (write e.g. '2 * BASIC')");
                    }
                    out.add(new Token(Kind.NUMBER, s.substring(start, i), col));
                } else if (Character.isLetter(c) || c == '_') {
                    int start = i;
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                        i++;
                    }
                    String word = s.substring(start, i);
                    boolean code = word.matches("[A-Z][A-Z0-9_]*");
                    out.add(new Token(code ? Kind.CODE : Kind.WORD, word, col));
                } else {
                    Kind k = switch (c) {
                        case '+' -> Kind.PLUS;
                        case '-', '\u2212', '\u2013' -> Kind.MINUS;
                        case '*', '\u00D7' -> Kind.TIMES;
                        case '/', '\u00F7' -> Kind.DIVIDE;
                        case '%' -> Kind.PERCENT;
                        case '(' -> Kind.LPAREN;
                        case ')' -> Kind.RPAREN;
                        case ',' -> Kind.COMMA;
                        default -> throw new InvalidFormulaException(s, col, "unexpected character '" + c + "'"
                                + " (allowed: numbers, component codes, + - * / %, 'of', min, max, round, parentheses)");
                    };
                    out.add(new Token(k, String.valueOf(c), col));
                    i++;
                }
            }
            out.add(new Token(Kind.END, "", s.length() + 1));
            return out;
        }
    }
}
