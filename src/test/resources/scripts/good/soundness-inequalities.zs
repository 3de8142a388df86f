# Soundness traps (issue 18): inequalities violated at one interior point (a tangency), at the end of the
# range, or by 1e-35..1e-40: the margin is minimised from the best sampled points. Twins: suffix _twin.
# expect tangent_at_a_third REFUTED
# expect tangent_at_a_third_twin PROVED
# expect tangent_in_two_dimensions REFUTED
# expect tangent_in_two_dimensions_twin PROVED
# expect am_gm_raised REFUTED
# expect am_gm_raised_twin PROVED
# expect log_strict REFUTED
# expect log_strict_twin CHECKED
# expect sinc_below_one REFUTED
# expect sinc_below_one_twin CHECKED
# expect square_strictly_positive REFUTED
# expect square_strictly_positive_twin PROVED
# expect exp_tangent_raised REFUTED
# expect exp_tangent_raised_twin CHECKED
# expect bernoulli_raised REFUTED
# expect bernoulli_raised_twin PROVED
# expect cos_below_one REFUTED
# expect cos_below_one_twin CHECKED
# expect interior_dip REFUTED
# expect interior_dip_twin PROVED
derivation soundness_inequalities "Inequalities violated at one interior point or by a hair"
assume x > 0
assume x < 10
assume y > 0
assume y < 1

claim tangent_at_a_third "violated by 1e-35 at x = 1/3 only":
    (x - 1/3)^2 >= 10^(-35)
claim tangent_at_a_third_twin:
    (x - 1/3)^2 >= 0
claim tangent_in_two_dimensions:
    (x - 1/2)^2 + (y - 1/4)^2 >= 10^(-40)
claim tangent_in_two_dimensions_twin:
    (x - 1/2)^2 + (y - 1/4)^2 >= 0
claim am_gm_raised:
    x + 1/x >= 2 + 10^(-35)
claim am_gm_raised_twin:
    x + 1/x >= 2
claim log_strict:
    Log(x) < x - 1
claim log_strict_twin:
    Log(x) <= x - 1
claim sinc_below_one:
    Sin(y)/y <= 1 - 10^(-35)
claim sinc_below_one_twin:
    Sin(y)/y <= 1
claim square_strictly_positive:
    x^2 - 2*x + 1 > 0
claim square_strictly_positive_twin:
    x^2 - 2*x + 1 >= 0
claim exp_tangent_raised:
    Exp(y - 1/2) >= y + 1/2 + 10^(-35)
claim exp_tangent_raised_twin:
    Exp(y - 1/2) >= y + 1/2
claim bernoulli_raised:
    (1 + y)^3 >= 1 + 3*y + 10^(-36)
claim bernoulli_raised_twin:
    (1 + y)^3 >= 1 + 3*y
claim cos_below_one:
    Cos(x - 2) <= 1 - 10^(-36)
claim cos_below_one_twin:
    Cos(x - 2) <= 1
claim interior_dip:
    y*(1 - y) <= 1/4 - 10^(-38)
claim interior_dip_twin:
    y*(1 - y) <= 1/4
