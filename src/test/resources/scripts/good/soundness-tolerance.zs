# Soundness traps (issue 18): identities off by less than the old fixed tolerance (rel 1e-25) would see;
# 40 digits resolve every one of them. False claims REFUTED, their true twins (suffix _twin) PROVED or CHECKED.
# expect off_by_constant REFUTED
# expect off_by_constant_twin PROVED
# expect off_by_linear_term REFUTED
# expect off_by_linear_term_twin PROVED
# expect off_by_relative REFUTED
# expect off_by_relative_twin PROVED
# expect gamma_recurrence_off REFUTED
# expect gamma_recurrence_twin PROVED
# expect sqrt_of_square_off REFUTED
# expect sqrt_of_square_twin PROVED
# expect exp_log_off REFUTED
# expect exp_log_twin PROVED
# expect zeta_two_off REFUTED
# expect zeta_two_twin PROVED
# expect zeta_shift_off REFUTED
# expect zeta_shift_twin CHECKED
# expect cos_double_angle_off REFUTED
# expect cos_double_angle_twin PROVED
# expect power_rule_off REFUTED
# expect power_rule_twin PROVED
derivation soundness_tolerance "Identities off by less than a fixed tolerance would see"
assume x > 0
assume x < 10
assume alpha > 1
assume alpha < 10

claim off_by_constant "off by the constant 1e-30":
    Exp(x) + 10^(-30) == Exp(x)
claim off_by_constant_twin:
    Exp(x) + 10^(-30) == Exp(x) + 1/10^30
claim off_by_linear_term "off by the term 1e-28 x":
    Sin(x) + 10^(-28)*x == Sin(x)
claim off_by_linear_term_twin:
    Sin(x) + 10^(-28)*x == Sin(x) + x/10^28
claim off_by_relative:
    Log(x + 1)*(1 + 10^(-32)) == Log(x + 1)
claim off_by_relative_twin:
    Log(x + 1)*(1 + 10^(-32)) == Log(x + 1) + Log(x + 1)/10^32
claim gamma_recurrence_off:
    Gamma(x + 1) == x*Gamma(x) + 10^(-31)
claim gamma_recurrence_twin:
    Gamma(x + 1) == x*Gamma(x)
claim sqrt_of_square_off:
    Sqrt(x^2 + 10^(-30)) == x
claim sqrt_of_square_twin:
    Sqrt(x^2) == x
claim exp_log_off:
    Exp(Log(x) + 10^(-33)) == x
claim exp_log_twin:
    Exp(Log(x)) == x
claim zeta_two_off:
    Zeta(2) == Pi^2/6 + 10^(-36)
claim zeta_two_twin:
    Zeta(2) == Pi^2/6
claim zeta_shift_off:
    Zeta(alpha + 1) - 1 == 2^(-alpha - 1) + Sum(k^(-alpha - 1), {k, 3, Infinity}) + 10^(-34)
claim zeta_shift_twin:
    Zeta(alpha + 1) - 1 == 2^(-alpha - 1) + Sum(k^(-alpha - 1), {k, 3, Infinity})
claim cos_double_angle_off:
    Cos(2*x) == 1 - 2*Sin(x)^2 + 10^(-33)*Cos(x)^2
claim cos_double_angle_twin:
    Cos(2*x) == 1 - 2*Sin(x)^2
claim power_rule_off:
    (x^(1/3))^3 == x*(1 + 10^(-35))
claim power_rule_twin:
    (x^(1/3))^3 == x
