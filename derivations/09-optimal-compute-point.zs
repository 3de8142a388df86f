# Sections 8-9 of the paper: the switching time (35), Proposition 9.1 (37)-(40), Theorem 9.1 (42) and
# Kaplan's frontier (44).
derivation optimal_compute_point "Optimal compute point (Sections 8-9)"
cite "Sections 8 and 9"

notation aN "\alpha_N"
notation aD "\alpha_D"
notation aT "\alpha_\tau"
notation eps "\varepsilon_{\mathrm{stat}}"
notation tstar "\tau_\star"

assume A > 0
assume B > 0
assume G > 0
assume aN > 0
assume aD > 0
assume aT > 0
assume aB > 0
assume eps > 0
assume N > 0

claim switching_time "tau_star solves G tau^(-alpha_tau) = eps_stat":
    G*tstar^(-aT) == eps
    where tstar = (G/eps)^(1/aT)
    cite "eq. (35)"

claim tau_star_capacity_side "tau_star when the capacity bottleneck is the static one":
    (G/(A*N^(-aN)))^(1/aT) == (G/A)^(1/aT)*N^(aN/aT)
    cite "eq. (37)"

claim compute_point_capacity_side "C_star / kappa' = N tau_star grows as N^(1 + alpha_N/alpha_tau)":
    N*(G/(A*N^(-aN)))^(1/aT) == (G/A)^(1/aT)*N^(1 + aN/aT)
    cite "eq. (40)"

claim n_exponent_of_compute "inverting C ~ N^(1 + aN/aT) gives N ~ C^(aT/(aN + aT))":
    1/(1 + aN/aT) == aT/(aN + aT)
    cite "proof of Theorem 9.1"

claim loss_exponent_of_compute "Delta L_star ~ N^(-aN) ~ C^(-aN aT/(aN + aT))":
    aN*(1/(1 + aN/aT)) == aN*aT/(aN + aT)
    cite "eq. (42)"

claim kaplan_frontier "Kaplan's L(N, S) frontier exponent equals (42) with alpha_S = alpha_tau":
    aN*aS/(aN + aS) == aN*aT/(aN + aT)
    where aS = aT
    cite "eq. (44)"

claim frontier_slower_than_both "the frontier exponent is below both single-variable exponents":
    aN*aT/(aN + aT) < Min(aN, aT)
    cite "eq. (42)"

claim batch_corrected_below_frontier "adding the batch term lowers the exponent: 1/(1/aN + 1/aS + 1/aB) < aN aS/(aN + aS)":
    1/(1/aN + 1/aT + 1/aB) < aN*aT/(aN + aT)
    cite "Remark 9.1"

# (36)-(39) with eps_stat = max(A N^(-aN), B D^(-aD)). At tau_star the time bottleneck equals the static
# one, so the max of all three equals eps_stat (38, here an equality; the paper's asymp is the sum form).
assume D > 0
assume kappa > 0

claim switching_condition "(36): eps_tau(tau_star) = eps_stat(N, D) at tau_star = (G/eps_stat)^(1/aT)":
    G*tstar^(-aT) == Max(A*N^(-aN), B*D^(-aD))
    where tstar = (G/Max(A*N^(-aN), B*D^(-aD)))^(1/aT)
    cite "eqs. (36)-(37)"

claim loss_at_switch "(38): at tau_star the max of the three bottlenecks is eps_stat":
    Max(A*N^(-aN), B*D^(-aD), G*tstar^(-aT)) == Max(A*N^(-aN), B*D^(-aD))
    where tstar = (G/Max(A*N^(-aN), B*D^(-aD)))^(1/aT)
    cite "eq. (38)"

claim compute_at_switch "(39)-(40): C_star = kappa' N tau_star; with D = 2 (B/A)^(1/aD) N^(aN/aD), where A N^(-aN) is the max, it is kappa' (G/A)^(1/aT) N^(1 + aN/aT)":
    kappa*N*tstar == kappa*(G/A)^(1/aT)*N^(1 + aN/aT)
    where tstar = (G/Max(A*N^(-aN), B*(2*(B/A)^(1/aD)*N^(aN/aD))^(-aD)))^(1/aT)
    cite "eq. (39)"
