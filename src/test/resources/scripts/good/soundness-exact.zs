# Soundness traps (issue 18): exact arithmetic first. Integer and rational identities false by 1 (or by
# 1e-50) at scales 40 digits cannot resolve are decided in exact rational arithmetic, or refuted by the number
# Symja reduces the difference to, confirmed at the precision it needs. Twins: suffix _twin.
# expect integer_off_by_one REFUTED
# expect integer_off_by_one_twin PROVED
# expect symbolic_integer_off REFUTED
# expect symbolic_integer_off_twin PROVED
# expect rational_off REFUTED
# expect rational_off_twin PROVED
# expect power_of_two_off REFUTED
# expect power_of_two_off_twin PROVED
# expect factorial_off REFUTED
# expect factorial_off_twin PROVED
# expect cube_off REFUTED
# expect cube_off_twin PROVED
# expect finite_sum_off REFUTED
# expect finite_sum_off_twin PROVED
# expect difference_of_squares_off REFUTED
# expect difference_of_squares_off_twin PROVED
# expect huge_cancellation_off REFUTED
# expect huge_cancellation_off_twin PROVED
# expect algebraic_off REFUTED
# expect algebraic_off_twin PROVED
# expect pi_bound_off REFUTED
# expect pi_bound_off_twin CHECKED
# expect symbolic_constant_off REFUTED
# expect symbolic_constant_off_twin PROVED
derivation soundness_exact "Exact arithmetic decides what 40 digits cannot"
assume n > 10^40
assume x > 0
assume x < 10

claim integer_off_by_one "false by exactly 1 at 1e40":
    (10^40 + 1)^2 == 10^80 + 2*10^40
claim integer_off_by_one_twin:
    (10^40 + 1)^2 == 10^80 + 2*10^40 + 1
claim symbolic_integer_off:
    (n + 1)^2 == n^2 + 2*n
claim symbolic_integer_off_twin:
    (n + 1)^2 == n^2 + 2*n + 1
claim rational_off:
    1/3 + 1/7 == 10/21 + 1/10^50
claim rational_off_twin:
    1/3 + 1/7 == 10/21
claim power_of_two_off:
    2^200 == 1606938044258990275541962092341162602522202993782792835301377
claim power_of_two_off_twin:
    2^200 == 1606938044258990275541962092341162602522202993782792835301376
claim factorial_off:
    Factorial(30) == 265252859812191058636308480000001
claim factorial_off_twin:
    Factorial(30) == 265252859812191058636308480000000
claim cube_off:
    (x + 1)^3 == x^3 + 3*x^2 + 3*x + 1 + 10^(-45)
claim cube_off_twin:
    (x + 1)^3 == x^3 + 3*x^2 + 3*x + 1
claim finite_sum_off:
    Sum(k, {k, 1, 1000}) == 500501
claim finite_sum_off_twin:
    Sum(k, {k, 1, 1000}) == 500500
claim difference_of_squares_off:
    (n - 1)*(n + 1) == n^2
claim difference_of_squares_off_twin:
    (n - 1)*(n + 1) == n^2 - 1
claim huge_cancellation_off:
    (10^60 + x) - 10^60 == x + 10^(-20)
claim huge_cancellation_off_twin:
    (10^60 + x) - 10^60 == x
claim algebraic_off "Sqrt(2)^2 off by 1e-50: 40 digits see nothing, Symja's exact difference does":
    Sqrt(2)^2 == 2 + 10^(-50)
claim algebraic_off_twin:
    Sqrt(2)^2 == 2
claim pi_bound_off:
    Pi <= 314159265358979323846264338327950288419716939937510/10^50
claim pi_bound_off_twin:
    Pi <= 314159265358979323846264338327950288419716939937511/10^50
claim symbolic_constant_off:
    Sin(x)^2 + Cos(x)^2 == 1 + 10^(-60)
claim symbolic_constant_off_twin:
    Sin(x)^2 + Cos(x)^2 == 1
