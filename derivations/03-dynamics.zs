# Section 3 of the paper: the frequency-dependent dynamics (Lemma 3.1, eq. (4)).
derivation dynamics "Frequency-dependent exponential convergence (Section 3, Lemma 3.1)"
cite "Section 3.2, Lemma 3.1"

notation lambda0 "\lambda_0"
notation lambdak "\lambda_k"

assume n >= 0
assume eta > 0
assume lambda0 > 0
assume beta > 0
assume p > 0
assume tau >= 0

claim power_as_exponential "the n-fold contraction as an exponential":
    (1 - x)^n == Exp(n*Log(1 - x))
    for x in [0, 9/10]
    cite "proof of Lemma 3.1"

claim log_upper "log(1 - x) <= -x, the direction that gives (12)":
    Log(1 - x) <= -x
    for x in [0, 9/10]
    cite "proof of Lemma 3.1"

claim log_second_order "log(1 - x) = -x + O(x^2) with the explicit constant 1 on [0, 1/2]":
    -x - x^2 <= Log(1 - x)
    for x in [0, 1/2]
    cite "proof of Lemma 3.1; eq. (13)"

claim contraction_rate "eta lambda_k tau p_k = c tau p_k^beta with lambda_k = lambda_0 p_k^(beta - 1)":
    eta*lambdak*tau*p == c*tau*p^beta
    where lambdak = lambda0*p^(beta - 1), c = eta*lambda0
    cite "Assumption 3.4, eq. (4)"

claim ode_solution "q(tau) = q0 exp(-c p^beta tau) solves the ODE dq/dtau = -c p^beta q of (4)":
    Diff(q0*Exp(-c*p^beta*tau), tau) == -c*p^beta*(q0*Exp(-c*p^beta*tau))
    where c = eta*lambda0
    cite "eq. (4)"

claim ode_initial_value "q(0) = q0":
    q0*Exp(-c*p^beta*tau) == q0
    where c = eta*lambda0, tau = 0
    cite "eq. (4)"

claim approximation_is_an_upper_bound "(1 - eta lambda)^n <= exp(-eta lambda n): the approximation of (4) errs on the safe side":
    (1 - x)^n <= Exp(-n*x)
    for x in [0, 1]
    cite "proof of Lemma 3.1"
