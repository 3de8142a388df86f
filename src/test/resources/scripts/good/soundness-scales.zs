# Soundness traps (issue 18): scales beyond 1e15 (a small power against a log), tiny and huge values,
# branch cuts, a removable singularity. Twins: suffix _twin.
# expect power_against_log REFUTED
# expect power_against_log_twin PROVED
# expect power_against_log_squared REFUTED
# expect power_against_log_squared_twin PROVED
# expect small_power_is_little_o_of_log REFUTED
# expect small_power_is_little_o_of_log_twin PROVED
# expect tiny_scale_off REFUTED
# expect tiny_scale_twin PROVED
# expect huge_scale_off_by_one REFUTED
# expect huge_scale_twin PROVED
# expect branch_of_square_root REFUTED
# expect branch_of_square_root_twin PROVED
# expect removable_singularity_off REFUTED
# expect removable_singularity_twin PROVED
# expect cancelling_square_off REFUTED
# expect cancelling_square_twin PROVED
# expect cancelling_exponential_off REFUTED
# expect cancelling_exponential_twin PROVED
derivation soundness_scales "Huge and tiny scales, branch cuts, removable singularities"
assume x > 0
assume t > 0
assume t < 10
assume u > -3
assume u < 3

claim power_against_log "x^(1/1000) overtakes Log(x) only beyond 10^3700":
    x^(1/1000) =O Log(x) as x -> Infinity
claim power_against_log_twin:
    Log(x) =O x^(1/1000) as x -> Infinity
claim power_against_log_squared:
    x^(1/500) =O Log(x)^2 as x -> Infinity
claim power_against_log_squared_twin:
    Log(x)^2 =o x^(1/500) as x -> Infinity
claim small_power_is_little_o_of_log:
    x^(1/10000) =o Log(x)^3 as x -> Infinity
claim small_power_is_little_o_of_log_twin:
    Log(x)^3 =o x^(1/10000) as x -> Infinity
claim tiny_scale_off:
    t*10^(-300) == t*10^(-300)*(1 + 10^(-30))
claim tiny_scale_twin:
    t*10^(-300)*(1 + 10^(-30)) == t*10^(-300) + t*10^(-330)
claim huge_scale_off_by_one:
    t*10^300 + 1 == t*10^300
claim huge_scale_twin:
    (t*10^300 + 1) - 1 == t*10^300
claim branch_of_square_root:
    Sqrt(u^2) == u
claim branch_of_square_root_twin:
    Sqrt(u^2) == Abs(u)
claim removable_singularity_off:
    (t^2 - 1)/(t - 1) == t + 1 + 10^(-32)
claim removable_singularity_twin:
    (t^2 - 1)/(t - 1) == t + 1
claim cancelling_square_off "catastrophic cancellation: the square term 1e-50 t^2 dropped":
    (1 + 10^(-25)*t)^2 - 1 == 2*10^(-25)*t
claim cancelling_square_twin:
    (1 + 10^(-25)*t)^2 - 1 == 2*10^(-25)*t + 10^(-50)*t^2
claim cancelling_exponential_off "Exp(h) - 1 = h dropping h^2/2 with h = 1e-20 t":
    Exp(10^(-20)*t) - 1 == 10^(-20)*t
claim cancelling_exponential_twin:
    Exp(2*10^(-20)*t) - 1 == (Exp(10^(-20)*t) - 1)*(Exp(10^(-20)*t) + 1)
