"""The #expr evaluator, against the results MediaWiki documents and prints."""

from __future__ import annotations

import time

import pytest

from wikiconv.templates.expr import ExprError, evaluate, format_number, is_true


@pytest.mark.parametrize(
    ("expression", "result"),
    [
        # ParserFunctions' own test cases.
        ("1 or 0", "1"),
        ("not (1 and 0)", "1"),
        ("-4 * -4 = 4 * 4", "1"),
        ("-1 + 1", "0"),
        ("+1 + 1", "2"),
        ("(1/3) * 3", "1"),
        ("3 / 0.2", "15"),
        ("3 / (- 0.2 )", "-15"),
        ("3 / abs( 0.2 )", "15"),
        ("3 mod 2", "1"),
        ("1e4", "10000"),
        ("1e-2", "0.01"),
        ("4.5 round 0", "5"),
        ("-4.5 round 0", "-5"),
        ("-4.2 round 0", "-4"),
        ("ceil -4.5", "-4"),
        ("floor -4.5", "-5"),
        ("ln(exp(1))", "1"),
        ("trunc(-4.5)", "-4"),
        ("123 fmod (2^64-1)", "123"),
        ("5.7 mod 1.3", "0"),
        ("5.7 fmod 1.3", "0.5"),
        # Help:Calculation's examples of output formatting.
        ("123456789012345", "1.2345678901234E+14"),
        ("1.23456789012345", "1.2345678901235"),
        (".000001", "1.0E-6"),
        (".00000123456789012345", "1.2345678901234E-6"),
        (".123e4", "1230"),
        ("123E-2", "1.23"),
        ("e", "2.718281828459"),
        ("pi", "3.1415926535898"),
        ("exp1.2", "3.3201169227365"),
        ("ln2/ln10", "0.30102999566398"),
        ("sin.1", "0.099833416646828"),
        ("acos.1", "1.4706289056333"),
        ("abs-1.2", "1.2"),
        ("trunc1.2", "1"),
        ("floor-1.2", "-2"),
        ("ceil1.2", "2"),
        ("sin(30*pi/180)", "0.5"),
        ("++12", "12"),
        ("+-12", "-12"),
        ("--12", "12"),
        # Precedence: ^ groups to the left and a sign binds tighter than ^.
        ("2^3^2", "64"),
        ("-2^2", "4"),
        ("2 * (3 + 4) - 5 / 2", "11.5"),
        ("3 + 4 round 0", "7"),
        ("1 = 1 and 2 = 3", "0"),
        ("not 0 + 1", "2"),
        ("5 div 2", "2.5"),
        ("1 <> 2", "1"),
        ("1 != 1", "0"),
        ("2 >= 2", "1"),
        ("1 &lt; 2", "1"),
        ("3 \u2212 1", "2"),
        # PHP's numbers: integers from mod and trunc, signed zero, infinities.
        ("-7 mod 3", "-1"),
        ("7 mod -3", "1"),
        ("trunc 1e15", "1000000000000000"),
        ("1e15", "1.0E+15"),
        ("10000000000000", "10000000000000"),
        ("100000000000000", "1.0E+14"),
        ("0.0001", "0.0001"),
        ("0.00001", "1.0E-5"),
        ("(-1)*0", "-0"),
        ("1.955 round 2", "1.96"),
        ("1234.5 round -2", "1200"),
        ("0^-1", "INF"),
        ("-(1e400)", "-INF"),
        ("(-8)^(1/3)", "NAN"),
        ("1.2.3 + 0", "1.2"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_expressions_evaluate_as_mediawiki_prints_them(expression: str, result: str) -> None:
    assert evaluate(expression) == result


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("1/0", "Division by zero."),
        ("1 mod 0", "Division by zero."),
        ("1 fmod 0", "Division by zero."),
        ("1+", "Expression error: Missing operand for +."),
        ("1 = ", "Expression error: Missing operand for =."),
        ("pi e", "Expression error: Missing operand for e."),
        ("1 foo 2", 'Expression error: Unrecognized word "foo".'),
        ("e4", "Expression error: Unexpected number."),
        ("1 2", "Expression error: Unexpected number."),
        ("3 not 4", "Expression error: Unexpected not operator."),
        ("* 2", "Expression error: Unexpected * operator."),
        ("2 (3)", "Expression error: Unexpected ( operator."),
        ("(1", "Expression error: Unclosed bracket."),
        ("1)", "Expression error: Unexpected closing bracket."),
        ("1 # 2", 'Expression error: Unrecognized punctuation character "#".'),
        ("__import__", 'Expression error: Unrecognized punctuation character "_".'),
        ("sqrt(-1)", "In sqrt: result is not a number."),
        ("ln 0", "Invalid argument for ln: <= 0."),
        ("asin 2", "Invalid argument for asin: < -1 or > 1."),
    ],
)
def test_errors_carry_mediawikis_messages(expression: str, message: str) -> None:
    with pytest.raises(ExprError) as caught:
        evaluate(expression)
    assert str(caught.value) == message


def test_nesting_is_bounded_like_mediawiki_not_by_pythons_stack() -> None:
    assert evaluate("(" * 100 + "1" + ")" * 100) == "1"
    deep_ones = ["(" * 101 + "1" + ")" * 101, "(" * 10_000 + "1" + ")" * 10_000, "-" * 10_000 + "1"]
    for deep in deep_ones:
        with pytest.raises(ExprError) as caught:
            evaluate(deep)
        assert str(caught.value) == "Expression error: Stack exhausted."


def test_long_flat_expressions_take_linear_time() -> None:
    start = time.perf_counter()
    assert evaluate("+".join(["1"] * 100_000)) == "100000"
    assert evaluate("1*" * 50_000 + "7") == "7"
    assert time.perf_counter() - start < 5


def test_ifexpr_truth_is_a_non_zero_result() -> None:
    assert is_true("1 > 0") and is_true("-1") and is_true("0^-1")
    assert not is_true("1 < 0") and not is_true("(-1)*0") and not is_true("")


@pytest.mark.parametrize(
    ("value", "text"),
    [(5, "5"), (5.0, "5"), (-2.5, "-2.5"), (1e20, "1.0E+20"), (1.5e-7, "1.5E-7"), (0.1, "0.1")],
)
def test_numbers_are_formatted_like_php(value: float, text: str) -> None:
    assert format_number(value) == text
